namespace Gateway.Catalog.Governance.Rules;

/// <summary>
/// <c>owner-present</c>: the product names its data product owner, a current team member whose role is
/// <c>owner</c> or <c>dataProductOwner</c> (ODPS v1.0 / ODCS v3.1 <c>team</c>), in the descriptor or the contract.
/// </summary>
public sealed class OwnerPresentRule() : GovernanceRule(RuleId, "The product names its owner: a team member with role owner.")
{
    public const string RuleId = "owner-present";

    public override void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings)
    {
        if (subject.Descriptor.Team?.Owner is null && subject.Contract?.Team?.Owner is null)
        {
            Report(findings, "team", "No owner: add a team member with role: owner (ODPS team.members[].role) who answers for the product.");
        }
    }
}
