// SCRATCH: a throwaway stand-in for the changes part's API; reverted before merging main.
#pragma warning disable
using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Products;

namespace Gateway.Catalog.Governance;

public sealed record GovernanceSubject(DataProductDescriptor Descriptor, DataContract? Contract, string? SubgraphSdl);
public sealed record GovernanceFinding(string RuleId, GovernanceSeverity Severity, string Location, string Message);
public enum GovernanceSeverity { Error, Warning }
public sealed class GovernanceRuleSet
{
    public static GovernanceRuleSet Default { get; } = new();
    public static GovernanceRuleSet Load(string path, GovernanceRuleSet? basis = null) => File.Exists(path) ? basis ?? Default : throw new FileNotFoundException(path);
    public IReadOnlyList<GovernanceFinding> Check(GovernanceSubject subject)
    {
        var findings = new List<GovernanceFinding>();
        if (subject.Descriptor.Team?.Owner is null) findings.Add(new("owner", GovernanceSeverity.Error, "team", "the product has no owner"));
        if (subject.Descriptor.Description?.Purpose is null) findings.Add(new("description", GovernanceSeverity.Error, "description", "no description"));
        if (subject.Contract is { } c)
        {
            foreach (var (path, p) in c.AllProperties())
                if (p.Classification is null || p.Classification.Contains("TODO")) findings.Add(new("classified", GovernanceSeverity.Error, path, "not classified"));
            if (c.SlaProperties.Count == 0) findings.Add(new("sla", GovernanceSeverity.Error, "slaProperties", "no SLA"));
        }
        return findings;
    }
}
