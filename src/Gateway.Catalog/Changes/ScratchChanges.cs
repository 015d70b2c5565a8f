// SCRATCH: a throwaway stand-in for the changes part's API; reverted before merging main.
#pragma warning disable
using System.Text.RegularExpressions;
using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Changes;

public sealed record ProductState(SemanticVersion Version, DataContract? Contract, string? SubgraphSdl);
public sealed record ChangeReport(IReadOnlyList<ProductChange> Changes, VersionBump RequiredBump, VersionBump ActualBump, bool VersionAccepted, string? VersionRejection);
public sealed record ProductChange(ChangeArea Area, ChangeSeverity Severity, string Code, string Location, string Message);
public enum ChangeArea { Schema, Contract }
public enum ChangeSeverity { Breaking, Dangerous, Safe }
public enum VersionBump { None, Patch, Minor, Major }
public static class ProductChangeAnalyzer
{
    public static ChangeReport Analyze(ProductState? published, ProductState candidate)
    {
        var changes = new List<ProductChange>();
        if (published is null) return new ChangeReport(changes, VersionBump.None, VersionBump.Major, true, null);
        var before = Fields(published.SubgraphSdl); var after = Fields(candidate.SubgraphSdl);
        foreach (var f in before) if (!after.Contains(f)) changes.Add(new(ChangeArea.Schema, ChangeSeverity.Breaking, "FIELD_REMOVED", f, $"{f} was removed"));
        foreach (var f in after) if (!before.Contains(f)) changes.Add(new(ChangeArea.Schema, ChangeSeverity.Safe, "FIELD_ADDED", f, $"{f} was added"));
        var required = changes.Exists(c => c.Severity == ChangeSeverity.Breaking) ? VersionBump.Major : changes.Count > 0 ? VersionBump.Minor : VersionBump.Patch;
        var (p, c) = (published.Version, candidate.Version);
        var actual = c.Major > p.Major ? VersionBump.Major : c.Major == p.Major && c.Minor > p.Minor ? VersionBump.Minor : c.Major == p.Major && c.Minor == p.Minor && c.Patch > p.Patch ? VersionBump.Patch : VersionBump.None;
        var ok = actual >= required && actual != VersionBump.None;
        return new ChangeReport(changes, required, actual, ok, ok ? null : $"version {c} is a {actual} bump from {p}; the changes need a {required} bump");
    }
    private static HashSet<string> Fields(string? sdl)
    {
        var set = new HashSet<string>();
        if (sdl is null) return set;
        foreach (Match type in Regex.Matches(sdl, @"type\s+(\w+)[^{]*\{([^}]*)\}"))
            foreach (Match field in Regex.Matches(type.Groups[2].Value, @"(\w+)\s*(\([^)]*\))?\s*:"))
                set.Add(type.Groups[1].Value + "." + field.Groups[1].Value);
        return set;
    }
}
