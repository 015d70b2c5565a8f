using System.Globalization;
using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Products;

namespace Gateway.Catalog.Governance.Declarative;

/// <summary>
/// The fields a declarative rule may name, per target, each read as a list of texts: a single value is a list of
/// one, an absent value an empty list, a boolean <c>true</c> or <c>false</c>. Names follow the ODPS/ODCS keys
/// (and our profile's custom property names), so a rule reads like the document it checks.
/// </summary>
internal static class RuleFields
{
    private static readonly Dictionary<string, Func<DataProductDescriptor, IReadOnlyList<string>>> s_product = new(StringComparer.Ordinal)
    {
        ["id"] = d => One(d.Id),
        ["name"] = d => One(d.Name),
        ["version"] = d => One(d.Version),
        ["status"] = d => One(d.Status),
        ["domain"] = d => One(d.Domain),
        ["tenant"] = d => One(d.Tenant),
        ["tags"] = d => d.Tags,
        ["purpose"] = d => One(d.Description?.Purpose),
        ["usage"] = d => One(d.Description?.Usage),
        ["limitations"] = d => One(d.Description?.Limitations),
        ["team"] = d => One(d.Team?.Name),
        ["owner"] = d => One(d.Team?.Owner?.Username),
        ["support"] = d => Channels(d.Support),
        ["inputPorts"] = d => Names(d.InputPorts, static p => p.Name),
        ["outputPorts"] = d => Names(d.OutputPorts, static p => p.Name),
        ["urn"] = d => One(d.Profile.Urn?.ToString()),
        ["dataClassification"] = d => One(d.Profile.DataClassification?.ToString().ToLowerInvariant()),
        ["subDomain"] = d => One(d.Profile.SubDomain),
    };

    private static readonly Dictionary<string, Func<DataContract, IReadOnlyList<string>>> s_contract = new(StringComparer.Ordinal)
    {
        ["id"] = c => One(c.Id),
        ["name"] = c => One(c.Name),
        ["version"] = c => One(c.Version),
        ["status"] = c => One(c.Status),
        ["domain"] = c => One(c.Domain),
        ["tenant"] = c => One(c.Tenant),
        ["tags"] = c => c.Tags,
        ["purpose"] = c => One(c.Description?.Purpose),
        ["usage"] = c => One(c.Description?.Usage),
        ["limitations"] = c => One(c.Description?.Limitations),
        ["team"] = c => One(c.Team?.Name),
        ["owner"] = c => One(c.Team?.Owner?.Username),
        ["support"] = c => Channels(c.Support),
        ["roles"] = c => Names(c.Roles, static r => r.Role),
        ["servers"] = c => Names(c.Servers, static s => s.Server),
        ["slaProperties"] = c => Names(c.SlaProperties, static s => s.Property),
        ["allowedPurposes"] = c => c.Profile.AllowedPurposes,
    };

    private static readonly Dictionary<string, Func<SchemaObject, IReadOnlyList<string>>> s_object = new(StringComparer.Ordinal)
    {
        ["name"] = o => One(o.Name),
        ["description"] = o => One(o.Description),
        ["businessName"] = o => One(o.BusinessName),
        ["physicalName"] = o => One(o.PhysicalName),
        ["physicalType"] = o => One(o.PhysicalType),
        ["tags"] = o => o.Tags,
        ["quality"] = o => Names(o.Quality, QualityName),
        ["properties"] = o => Names(o.Properties, static p => p.Name),
    };

    private static readonly Dictionary<string, Func<SchemaProperty, IReadOnlyList<string>>> s_property = new(StringComparer.Ordinal)
    {
        ["name"] = p => One(p.Name),
        ["logicalType"] = p => One(p.LogicalType),
        ["physicalType"] = p => One(p.PhysicalType),
        ["physicalName"] = p => One(p.PhysicalName),
        ["description"] = p => One(p.Description),
        ["businessName"] = p => One(p.BusinessName),
        ["classification"] = p => One(p.Classification),
        ["criticalDataElement"] = p => Flag(p.CriticalDataElement),
        ["required"] = p => Flag(p.Required),
        ["unique"] = p => Flag(p.Unique),
        ["primaryKey"] = p => Flag(p.PrimaryKey),
        ["tags"] = p => p.Tags,
        ["quality"] = p => Names(p.Quality, QualityName),
        ["graphqlCoordinate"] = p => One(p.Profile.GraphQLCoordinate),
        ["mask"] = p => One(p.Profile.Mask?.ToString()),
        ["allowedPurposes"] = p => p.Profile.AllowedPurposes,
        ["personalData"] = p => Flag(PersonalData.IsPersonal(p)),
        ["glossaryTerms"] = p => p.Profile.GlossaryTerms,
    };

    public static IEnumerable<string> Names(RuleTarget target) => target switch
    {
        RuleTarget.Product => s_product.Keys,
        RuleTarget.Contract => s_contract.Keys,
        RuleTarget.Object => s_object.Keys,
        _ => s_property.Keys,
    };

    public static bool Exists(RuleTarget target, string field) => target switch
    {
        RuleTarget.Product => s_product.ContainsKey(field),
        RuleTarget.Contract => s_contract.ContainsKey(field),
        RuleTarget.Object => s_object.ContainsKey(field),
        _ => s_property.ContainsKey(field),
    };

    /// <summary>The field's values on an element of the target's type; the field must exist for the target.</summary>
    public static IReadOnlyList<string> Read(RuleTarget target, string field, object element) => target switch
    {
        RuleTarget.Product => s_product[field]((DataProductDescriptor)element),
        RuleTarget.Contract => s_contract[field]((DataContract)element),
        RuleTarget.Object => s_object[field]((SchemaObject)element),
        _ => s_property[field]((SchemaProperty)element),
    };

    private static IReadOnlyList<string> One(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value];

    private static IReadOnlyList<string> Flag(bool value) => [value ? "true" : "false"];

    private static IReadOnlyList<string> Channels(IReadOnlyList<SupportChannel> support) => Names(support, static s => s.Channel);

    private static string QualityName(QualityRule rule) =>
        rule.Id ?? rule.Name ?? rule.Metric ?? rule.Type.ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Names<T>(IReadOnlyList<T> items, Func<T, string> name)
    {
        var names = new List<string>(items.Count);
        foreach (var item in items)
        {
            names.Add(name(item));
        }

        return names;
    }
}
