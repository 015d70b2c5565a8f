namespace Gateway.Catalog.Governance.Rules;

/// <summary>
/// <c>personal-data-protected</c>: every property holding personal or sensitive data (see <see cref="PersonalData"/>)
/// is masked or restricted to declared purposes (GDPR Art. 5(1)(b) purpose limitation, 5(1)(c) data minimisation),
/// by its own <c>mask</c> or <c>allowedPurposes</c> or the contract's <c>allowedPurposes</c>.
/// </summary>
public sealed class PersonalDataProtectedRule() : GovernanceRule(RuleId, "Every personal-data property is masked or restricted to allowed purposes.")
{
    public const string RuleId = "personal-data-protected";

    public override void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings)
    {
        var contract = subject.Contract;
        if (contract is null)
        {
            return;
        }

        var contractRestricted = contract.Profile.AllowedPurposes.Count > 0;
        foreach (var (location, property) in ContractLocations.Properties(contract))
        {
            if (PersonalData.IsPersonal(property)
                && property.Profile.Mask is null
                && property.Profile.AllowedPurposes.Count == 0
                && !contractRestricted)
            {
                Report(findings, location,
                    $"'{property.Name}' holds personal or sensitive data ({Why(property)}) but is neither masked nor purpose-restricted: "
                    + "add a mask or allowedPurposes custom property to it, or allowedPurposes to the contract.");
            }
        }
    }

    private static string Why(Documents.Contracts.SchemaProperty property) =>
        PersonalData.IsSensitiveClassification(property.Classification) ? $"classification {property.Classification}"
        : property.CriticalDataElement ? "criticalDataElement"
        : "marked personal data";
}
