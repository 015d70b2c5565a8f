namespace Gateway.Federation.Composition.Satisfiability;

/// <summary>Why a subgraph cannot resolve a field on the type it is at.</summary>
internal enum FieldUnavailability
{
    /// <summary>It can (its <c>@requires</c> conditions aside).</summary>
    None,

    /// <summary>The subgraph does not define the field there (or <c>@override</c> took it away).</summary>
    NotFound,

    /// <summary>The subgraph marks the field <c>@external</c> and no <c>@provides</c> on the path provides it.</summary>
    External,
}
