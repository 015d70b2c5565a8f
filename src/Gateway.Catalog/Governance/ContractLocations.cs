using Gateway.Catalog.Documents.Contracts;

namespace Gateway.Catalog.Governance;

/// <summary>
/// Every schema object and property of a contract with its location in the form change reports and findings
/// use: <c>schema[Order]</c>, <c>schema[Order].properties[buyer].properties[email]</c>.
/// </summary>
public static class ContractLocations
{
    public static string Of(SchemaObject schemaObject) => $"schema[{schemaObject.Name}]";

    /// <summary>Every property, nested ones included, in document order.</summary>
    public static IEnumerable<(string Location, SchemaProperty Property)> Properties(DataContract contract)
    {
        foreach (var schemaObject in contract.Schema)
        {
            foreach (var item in Walk(Of(schemaObject), schemaObject.Properties))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<(string, SchemaProperty)> Walk(string parent, IReadOnlyList<SchemaProperty> properties)
    {
        foreach (var property in properties)
        {
            var location = $"{parent}.properties[{property.Name}]";
            yield return (location, property);
            foreach (var nested in Walk(location, property.Properties))
            {
                yield return nested;
            }
        }
    }
}
