namespace Gateway.Catalog.Governance.Rules;

/// <summary><c>description-present</c>: the product says what it is for (ODPS v1.0 <c>description.purpose</c>, or the contract's).</summary>
public sealed class DescriptionPresentRule() : GovernanceRule(RuleId, "The product describes its purpose.")
{
    public const string RuleId = "description-present";

    public override void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings)
    {
        if (string.IsNullOrWhiteSpace(subject.Descriptor.Description?.Purpose) && string.IsNullOrWhiteSpace(subject.Contract?.Description?.Purpose))
        {
            Report(findings, "description.purpose", "No description: say what the product holds and what it is for in description.purpose.");
        }
    }
}
