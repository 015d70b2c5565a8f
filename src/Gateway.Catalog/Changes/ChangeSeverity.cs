namespace Gateway.Catalog.Changes;

/// <summary>How a change affects the product's consumers, in graphql-inspector's three levels.</summary>
public enum ChangeSeverity
{
    /// <summary>Consumers that worked may now fail, or a promise (a type, a mask, an SLA) was weakened: a new major version.</summary>
    Breaking,

    /// <summary>Consumers keep working but may meet values or behaviour they did not expect: at least a minor version.</summary>
    Dangerous,

    /// <summary>No consumer is affected: an addition (minor version) or a description (patch version).</summary>
    Safe,
}
