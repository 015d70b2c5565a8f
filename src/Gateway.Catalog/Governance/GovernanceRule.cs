namespace Gateway.Catalog.Governance;

/// <summary>A rule with a fixed id, description and default severity; its findings carry all three.</summary>
public abstract class GovernanceRule : IGovernanceRule
{
    protected GovernanceRule(string id, string description, GovernanceSeverity severity = GovernanceSeverity.Error)
    {
        Id = id;
        Description = description;
        Severity = severity;
    }

    public string Id { get; }

    public string Description { get; }

    public GovernanceSeverity Severity { get; }

    public abstract void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings);

    protected void Report(ICollection<GovernanceFinding> findings, string location, string message) =>
        findings.Add(new GovernanceFinding(Id, Severity, location, message));
}
