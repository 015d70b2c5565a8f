namespace Gateway.Catalog.Changes;

/// <summary>
/// The severity of every contract change, as data. The sources: the breaking-change rules of datacontract-cli
/// (<c>datacontract/breaking/breaking_rules.py</c>, the only published severity table for contract diffs:
/// ERROR is breaking, WARNING dangerous, INFO safe), Apollo GraphOS and graphql-inspector for what a contract
/// change does to the GraphQL field it describes, and the gateway's own promise: the contract's classification,
/// masks, allowed purposes, quality rules and SLA are what consumers and data owners rely on, so weakening any
/// of them needs a new major version, while tightening one changes what some consumers see (dangerous).
/// </summary>
public static class ContractChangeRules
{
    private const string Dcc = "datacontract-cli breaking rules";

    public static IReadOnlyList<ContractChangeRule> All { get; } =
    [
        new("CONTRACT_ADDED", ChangeSeverity.Safe, VersionBump.Minor, "the product gains a contract: an addition"),
        new("CONTRACT_REMOVED", ChangeSeverity.Breaking, VersionBump.Major, "every promise of the contract is withdrawn"),
        new("CONTRACT_ID_CHANGED", ChangeSeverity.Breaking, VersionBump.Major, "ODPS v1.0 outputPorts[].contractId: consumers pin the contract by id"),

        new("SCHEMA_OBJECT_ADDED", ChangeSeverity.Safe, VersionBump.Minor, $"{Dcc}: model added INFO"),
        new("SCHEMA_OBJECT_REMOVED", ChangeSeverity.Breaking, VersionBump.Major, $"{Dcc}: model removed ERROR; Apollo TYPE_REMOVED"),
        new("PROPERTY_ADDED", ChangeSeverity.Safe, VersionBump.Minor, $"{Dcc}: field added INFO; Apollo FIELD_ADDED"),
        new("PROPERTY_REMOVED", ChangeSeverity.Breaking, VersionBump.Major, $"{Dcc}: field removed ERROR; Apollo FIELD_REMOVED"),
        new("LOGICAL_TYPE_CHANGED", ChangeSeverity.Breaking, VersionBump.Major, $"{Dcc}: field.type updated ERROR; Apollo FIELD_CHANGED_TYPE"),
        new("PHYSICAL_TYPE_CHANGED", ChangeSeverity.Dangerous, VersionBump.Minor, "the storage type behind an unchanged logical type: values may differ in precision or range"),
        new("REQUIRED_RELAXED", ChangeSeverity.Breaking, VersionBump.Major, $"{Dcc}: field.required updated ERROR; graphql-inspector: output T! to T is not safe"),
        new("REQUIRED_TIGHTENED", ChangeSeverity.Breaking, VersionBump.Major, $"{Dcc}: field.required updated ERROR (existing data and its producers may not meet it)"),
        new("UNIQUE_CHANGED", ChangeSeverity.Breaking, VersionBump.Major, $"{Dcc}: field.unique updated ERROR"),
        new("PRIMARY_KEY_CHANGED", ChangeSeverity.Breaking, VersionBump.Major, "the primary key is the entity's federation @key: other products join on it"),

        new("CLASSIFICATION_WEAKENED", ChangeSeverity.Breaking, VersionBump.Major, $"{Dcc}: field.classification updated or removed ERROR (less protection)"),
        new("CLASSIFICATION_CHANGED", ChangeSeverity.Breaking, VersionBump.Major, $"{Dcc}: field.classification updated ERROR (levels not comparable)"),
        new("CLASSIFICATION_RAISED", ChangeSeverity.Dangerous, VersionBump.Minor, "same SDL, values now masked or denied to some consumers"),
        new("CLASSIFICATION_ADDED", ChangeSeverity.Dangerous, VersionBump.Minor, $"{Dcc}: field.classification added WARNING"),
        new("CRITICAL_DATA_ELEMENT_REMOVED", ChangeSeverity.Breaking, VersionBump.Major, $"{Dcc}: field.pii removed ERROR (the flag selects protection)"),
        new("CRITICAL_DATA_ELEMENT_ADDED", ChangeSeverity.Dangerous, VersionBump.Minor, $"{Dcc}: field.pii added WARNING"),
        new("PERSONAL_DATA_UNMARKED", ChangeSeverity.Breaking, VersionBump.Major, $"{Dcc}: field.pii removed ERROR"),
        new("PERSONAL_DATA_MARKED", ChangeSeverity.Dangerous, VersionBump.Minor, $"{Dcc}: field.pii added WARNING"),
        new("MASK_REMOVED", ChangeSeverity.Breaking, VersionBump.Major, "more data exposed than the published contract allowed"),
        new("MASK_WEAKENED", ChangeSeverity.Breaking, VersionBump.Major, "more data exposed than the published contract allowed"),
        new("MASK_CHANGED", ChangeSeverity.Breaking, VersionBump.Major, "a mask that reveals something else: not provably no weaker"),
        new("MASK_ADDED", ChangeSeverity.Dangerous, VersionBump.Minor, "same SDL, values now masked (graphql-inspector: directive usage added is Dangerous)"),
        new("MASK_TIGHTENED", ChangeSeverity.Dangerous, VersionBump.Minor, "same SDL, values masked further"),
        new("PURPOSES_WIDENED", ChangeSeverity.Breaking, VersionBump.Major, "GDPR Art. 5(1)(b) purpose limitation: data may now serve purposes it was not collected for"),
        new("PURPOSES_NARROWED", ChangeSeverity.Dangerous, VersionBump.Minor, "consumers declaring a dropped purpose lose access (as a removed role)"),
        new("COORDINATE_CHANGED", ChangeSeverity.Breaking, VersionBump.Major, "enforcement follows the schema coordinate: the property's masks and purposes leave the field they protected"),
        new("COORDINATE_ADDED", ChangeSeverity.Dangerous, VersionBump.Minor, "the property's masks and purposes start applying to the field"),

        new("QUALITY_RULE_REMOVED", ChangeSeverity.Breaking, VersionBump.Major, "a quality guarantee consumers rely on is withdrawn (datacontract-cli: WARNING; the gateway holds the contract's promises)"),
        new("QUALITY_RULE_WEAKENED", ChangeSeverity.Breaking, VersionBump.Major, "the same rule with a looser threshold"),
        new("QUALITY_RULE_CHANGED", ChangeSeverity.Dangerous, VersionBump.Minor, $"{Dcc}: quality updated WARNING"),
        new("QUALITY_RULE_ADDED", ChangeSeverity.Safe, VersionBump.Minor, $"{Dcc}: quality added INFO"),
        new("SLA_REMOVED", ChangeSeverity.Breaking, VersionBump.Major, "ODCS v3.1 slaProperties[]: a service level withdrawn"),
        new("SLA_WEAKENED", ChangeSeverity.Breaking, VersionBump.Major, "ODCS v3.1 slaProperties[]: a worse value of the same service level"),
        new("SLA_CHANGED", ChangeSeverity.Dangerous, VersionBump.Minor, "a service level changed in a way that does not order (other unit or kind of value)"),
        new("SLA_STRENGTHENED", ChangeSeverity.Safe, VersionBump.Minor, "a better value of the same service level"),
        new("SLA_ADDED", ChangeSeverity.Safe, VersionBump.Minor, "a new service level"),
        new("ROLE_REMOVED", ChangeSeverity.Dangerous, VersionBump.Minor, "ODCS v3.1 roles[]: consumers in the role lose access"),
        new("ROLE_ADDED", ChangeSeverity.Safe, VersionBump.Minor, "ODCS v3.1 roles[]: an addition"),

        new("DESCRIPTION_CHANGED", ChangeSeverity.Safe, VersionBump.Patch, $"{Dcc}: description updated INFO"),
        new("BUSINESS_NAME_CHANGED", ChangeSeverity.Safe, VersionBump.Patch, $"{Dcc}: title updated INFO"),
        new("TAGS_CHANGED", ChangeSeverity.Safe, VersionBump.Patch, $"{Dcc}: tags updated INFO"),
        new("TERMS_CHANGED", ChangeSeverity.Safe, VersionBump.Patch, $"{Dcc}: terms.* updated INFO"),
        new("GLOSSARY_TERMS_CHANGED", ChangeSeverity.Safe, VersionBump.Patch, "links to the domain's glossary: documentation"),
        new("SUPPORT_CHANGED", ChangeSeverity.Safe, VersionBump.Patch, $"{Dcc}: contact updated INFO"),
        new("TEAM_CHANGED", ChangeSeverity.Safe, VersionBump.Patch, $"{Dcc}: info.owner updated INFO"),
    ];

    private static readonly Dictionary<string, ContractChangeRule> s_byCode = Index();

    /// <summary>The rule of a code; throws for a code not in the table (a bug, not an input error).</summary>
    public static ContractChangeRule Of(string code) =>
        s_byCode.TryGetValue(code, out var rule) ? rule : throw new ArgumentException($"No contract change rule has the code '{code}'.", nameof(code));

    private static Dictionary<string, ContractChangeRule> Index()
    {
        var index = new Dictionary<string, ContractChangeRule>(StringComparer.Ordinal);
        foreach (var rule in All)
        {
            index.Add(rule.Code, rule);
        }

        return index;
    }
}
