namespace Gateway.Catalog.Governance;

/// <summary>A rule run at the severity a deployment's rule file gives it rather than its own.</summary>
internal sealed class SeverityOverride(IGovernanceRule rule, GovernanceSeverity severity) : IGovernanceRule
{
    public IGovernanceRule Inner => rule;

    public string Id => rule.Id;

    public string Description => rule.Description;

    public GovernanceSeverity Severity => severity;

    public void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings)
    {
        var own = new List<GovernanceFinding>();
        rule.Check(subject, own);
        foreach (var finding in own)
        {
            findings.Add(finding with { Severity = severity });
        }
    }
}
