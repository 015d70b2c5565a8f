namespace Gateway.Catalog.Governance.Rules;

/// <summary><c>sla-present</c>: the contract states at least one service level (ODCS v3.1 <c>slaProperties[]</c>).</summary>
public sealed class SlaPresentRule() : GovernanceRule(RuleId, "The contract states at least one service level.")
{
    public const string RuleId = "sla-present";

    public override void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings)
    {
        if (subject.Contract is null)
        {
            Report(findings, "contract", "No data contract, so no service levels: publish the product with its ODCS contract and its slaProperties.");
        }
        else if (subject.Contract.SlaProperties.Count == 0)
        {
            Report(findings, "slaProperties", "No service level: add slaProperties (e.g. latency, availability, retention) to the contract.");
        }
    }
}
