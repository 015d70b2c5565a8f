using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Governance.Rules;

/// <summary><c>properties-classified</c>: every contract property has a classification (ODCS v3.1 <c>schema[].properties[].classification</c>).</summary>
public sealed class PropertiesClassifiedRule() : GovernanceRule(RuleId, "Every contract property is classified (public, internal, confidential or restricted).")
{
    public const string RuleId = "properties-classified";

    public override void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings)
    {
        if (subject.Contract is null)
        {
            return;
        }

        foreach (var (location, property) in ContractLocations.Properties(subject.Contract))
        {
            if (string.IsNullOrWhiteSpace(property.Classification))
            {
                Report(findings, location,
                    $"'{property.Name}' has no classification: add classification: one of {string.Join(", ", PropertyClassification.All)}.");
            }
        }
    }
}
