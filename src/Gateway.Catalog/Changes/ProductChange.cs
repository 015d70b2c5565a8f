namespace Gateway.Catalog.Changes;

/// <summary>
/// One difference between a product's published version and a candidate.
/// </summary>
/// <param name="Area">The schema (subgraph SDL) or the contract.</param>
/// <param name="Severity">How it affects consumers.</param>
/// <param name="Code">A stable identifier for tooling, e.g. <c>FIELD_REMOVED</c>, <c>CLASSIFICATION_WEAKENED</c>.</param>
/// <param name="Location">
/// Where: a schema coordinate (<c>User.email</c>, <c>Query.users(first:)</c>) or a contract path
/// (<c>schema[users].properties[email].classification</c>).
/// </param>
/// <param name="Message">A sentence for a person.</param>
public sealed record ProductChange(ChangeArea Area, ChangeSeverity Severity, string Code, string Location, string Message)
{
    /// <summary>
    /// The version part this change needs moved: major for a breaking change, minor for a dangerous one or an
    /// addition, patch for the rest (descriptions, tags).
    /// </summary>
    public VersionBump Bump { get; init; } = Severity switch
    {
        ChangeSeverity.Breaking => VersionBump.Major,
        ChangeSeverity.Dangerous => VersionBump.Minor,
        _ => VersionBump.Patch,
    };

    public override string ToString() => $"{Severity} {Code} at {Location}: {Message}";
}
