namespace Gateway.GraphQL.Utilities;

/// <summary>How a schema change affects existing clients, in graphql-inspector's three classes.</summary>
public enum ChangeCriticality
{
    /// <summary>Operations that were valid may now fail validation or get a different shape of result.</summary>
    Breaking,

    /// <summary>Existing operations stay valid, but clients may meet values they do not expect (a new enum value, union member, default).</summary>
    Dangerous,

    /// <summary>No existing operation is affected.</summary>
    Safe,
}
