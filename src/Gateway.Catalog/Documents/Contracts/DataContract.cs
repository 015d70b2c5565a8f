using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Documents.Contracts;

/// <summary>An Open Data Contract Standard v3.1 document (<c>kind: DataContract</c>) and our profile's reading of its customProperties.</summary>
public sealed record DataContract(
    string ApiVersion,
    string Id,
    string Version,
    string Status,
    string? Name,
    string? Tenant,
    string? Domain,
    DocumentDescription? Description,
    IReadOnlyList<string> Tags,
    IReadOnlyList<SchemaObject> Schema,
    IReadOnlyList<ContractServer> Servers,
    IReadOnlyList<SupportChannel> Support,
    DocumentTeam? Team,
    IReadOnlyList<ContractRole> Roles,
    IReadOnlyList<SlaProperty> SlaProperties,
    IReadOnlyList<AuthoritativeDefinition> AuthoritativeDefinitions,
    IReadOnlyList<CustomProperty> CustomProperties,
    string? ContractCreatedTs,
    ContractProfile Profile)
{
    /// <summary>Every property, nested ones included, with its dotted path (<c>orders.customer.email</c>).</summary>
    public IEnumerable<(string Path, SchemaProperty Property)> AllProperties()
    {
        foreach (var schemaObject in Schema)
        {
            foreach (var item in Walk(schemaObject.Name, schemaObject.Properties))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<(string, SchemaProperty)> Walk(string prefix, IReadOnlyList<SchemaProperty> properties)
    {
        foreach (var property in properties)
        {
            var path = $"{prefix}.{property.Name}";
            yield return (path, property);
            foreach (var nested in Walk(path, property.Properties))
            {
                yield return nested;
            }
        }
    }
}
