using System.Text;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Changes;

/// <summary>
/// The semantic version rule for a candidate: it must be greater than the published version (SemVer 2.0.0
/// item 3: a released version's contents must not change), and its bump at least the one its changes need
/// (items 6 to 8: patch for fixes, minor for backward compatible additions and deprecations, major for
/// incompatible changes).
/// </summary>
internal static class VersionVerdict
{
    public static ChangeReport Judge(SemanticVersion published, SemanticVersion candidate, IReadOnlyList<ProductChange> changes)
    {
        var required = VersionBump.None;
        foreach (var change in changes)
        {
            if (change.Bump > required)
            {
                required = change.Bump;
            }
        }

        var actual = BumpBetween(published, candidate);
        if (candidate <= published)
        {
            return new ChangeReport(
                changes, required, actual, VersionAccepted: false,
                $"Version {candidate} must be greater than the published version {published}.");
        }

        // SemVer 2.0.0 item 9: a pre-release "might not satisfy the intended compatibility requirements",
        // so what follows one is not held to them.
        if (published.PreRelease is not null || actual >= required)
        {
            return new ChangeReport(changes, required, actual, VersionAccepted: true, VersionRejection: null);
        }

        return new ChangeReport(changes, required, actual, VersionAccepted: false, Rejection(published, candidate, required, actual, changes));
    }

    /// <summary>The highest version part that grew; None when the candidate is not greater in its numbers.</summary>
    public static VersionBump BumpBetween(SemanticVersion published, SemanticVersion candidate)
    {
        if (candidate.Major != published.Major)
        {
            return candidate.Major > published.Major ? VersionBump.Major : VersionBump.None;
        }

        if (candidate.Minor != published.Minor)
        {
            return candidate.Minor > published.Minor ? VersionBump.Minor : VersionBump.None;
        }

        if (candidate.Patch != published.Patch)
        {
            return candidate.Patch > published.Patch ? VersionBump.Patch : VersionBump.None;
        }

        return VersionBump.None;
    }

    private static string Rejection(
        SemanticVersion published, SemanticVersion candidate, VersionBump required, VersionBump actual, IReadOnlyList<ProductChange> changes)
    {
        var text = new StringBuilder();
        text.Append("Version ").Append(candidate).Append(" is a ").Append(Name(actual)).Append(" bump from ").Append(published)
            .Append(", but the changes need a ").Append(Name(required)).Append(" bump (").Append(Suggest(published, required)).Append(" or later):");
        foreach (var change in changes)
        {
            if (change.Bump > actual)
            {
                text.Append('\n').Append("- ").Append(change.Code).Append(" at ").Append(change.Location).Append(": ").Append(change.Message);
            }
        }

        return text.ToString();
    }

    private static string Name(VersionBump bump) => bump switch
    {
        VersionBump.Major => "major",
        VersionBump.Minor => "minor",
        VersionBump.Patch => "patch",
        _ => "no",
    };

    private static SemanticVersion Suggest(SemanticVersion published, VersionBump required) => required switch
    {
        VersionBump.Major => new SemanticVersion(published.Major + 1, 0, 0),
        VersionBump.Minor => new SemanticVersion(published.Major, published.Minor + 1, 0),
        _ => new SemanticVersion(published.Major, published.Minor, published.Patch + 1),
    };
}
