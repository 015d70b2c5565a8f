namespace Gateway.Catalog.Changes;

/// <summary>
/// Everything that changed between a product's published version and a candidate, and whether the
/// candidate's version moved far enough for it.
/// </summary>
/// <param name="Changes">Every change: schema changes first, by schema coordinate; then contract changes, in the contract's order.</param>
/// <param name="RequiredBump">The least version bump the changes need.</param>
/// <param name="ActualBump">The bump from the published version to the candidate's (None when not greater).</param>
/// <param name="VersionAccepted">Whether the candidate's version may be published with these changes.</param>
/// <param name="VersionRejection">Why not: the version rule broken and every change that needed the larger bump.</param>
public sealed record ChangeReport(
    IReadOnlyList<ProductChange> Changes,
    VersionBump RequiredBump,
    VersionBump ActualBump,
    bool VersionAccepted,
    string? VersionRejection)
{
    /// <summary>Whether any change is breaking.</summary>
    public bool HasBreakingChanges
    {
        get
        {
            foreach (var change in Changes)
            {
                if (change.Severity == ChangeSeverity.Breaking)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
