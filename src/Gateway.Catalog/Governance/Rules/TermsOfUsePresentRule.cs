namespace Gateway.Catalog.Governance.Rules;

/// <summary>
/// <c>terms-of-use-present</c>: the product states its terms of use, which ODCS v3.1 and ODPS v1.0 keep as free
/// text in <c>description.usage</c> and <c>description.limitations</c>.
/// </summary>
public sealed class TermsOfUsePresentRule() : GovernanceRule(RuleId, "The product states its terms of use (description.usage or description.limitations).")
{
    public const string RuleId = "terms-of-use-present";

    public override void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings)
    {
        var contract = subject.Contract?.Description;
        var descriptor = subject.Descriptor.Description;
        if (string.IsNullOrWhiteSpace(contract?.Usage) && string.IsNullOrWhiteSpace(contract?.Limitations)
            && string.IsNullOrWhiteSpace(descriptor?.Usage) && string.IsNullOrWhiteSpace(descriptor?.Limitations))
        {
            Report(findings, "description.usage", "No terms of use: say how the data may be used in description.usage and what it may not be used for in description.limitations.");
        }
    }
}
