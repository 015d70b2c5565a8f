namespace Gateway.Catalog.Governance.Rules;

/// <summary>
/// <c>support-channel-present</c>: consumers know whom to ask: a named team and a support channel
/// (ODPS v1.0 / ODCS v3.1 <c>team</c> and <c>support[]</c>), in the descriptor or the contract.
/// </summary>
public sealed class SupportChannelPresentRule() : GovernanceRule(RuleId, "The product names its team and a support channel.")
{
    public const string RuleId = "support-channel-present";

    public override void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings)
    {
        var descriptor = subject.Descriptor;
        var contract = subject.Contract;
        if (string.IsNullOrWhiteSpace(descriptor.Team?.Name) && string.IsNullOrWhiteSpace(contract?.Team?.Name))
        {
            Report(findings, "team.name", "No team: name the team that builds and runs the product in team.name.");
        }

        if (descriptor.Support.Count == 0 && (contract is null || contract.Support.Count == 0))
        {
            Report(findings, "support", "No support channel: add support with a channel (and its url or tool) where consumers ask questions.");
        }
    }
}
