using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Contracts;

namespace Gateway.CatalogApi.Products;

/// <summary>
/// A version's stored descriptor and contract as <c>CatalogDescriptor</c> and <c>CatalogContract</c> values: the text
/// as published and its key parts, read again with the catalog's document reader. Stored documents passed
/// validation when published; should one no longer read, its text is still answered and its parts are null.
/// </summary>
internal static class StoredDocuments
{
    public static Dictionary<string, object?> Descriptor(string text)
    {
        var descriptor = CatalogDocumentReader.ReadDescriptor("descriptor", text).Document;
        return new Dictionary<string, object?>
        {
            ["text"] = text,
            ["id"] = descriptor?.Id,
            ["name"] = descriptor?.Name,
            ["version"] = descriptor?.Version,
            ["status"] = descriptor?.Status,
            ["purpose"] = descriptor?.Description?.Purpose,
            ["limitations"] = descriptor?.Description?.Limitations,
            ["usage"] = descriptor?.Description?.Usage,
            ["tags"] = descriptor?.Tags ?? [],
        };
    }

    public static Dictionary<string, object?>? Contract(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var contract = Read(text);
        var objects = new List<Dictionary<string, object?>>(contract?.Schema.Count ?? 0);
        foreach (var schemaObject in contract?.Schema ?? [])
        {
            var properties = new List<Dictionary<string, object?>>(schemaObject.Properties.Count);
            AddProperties(properties, schemaObject.Name, schemaObject.Properties);
            objects.Add(new Dictionary<string, object?>
            {
                ["name"] = schemaObject.Name,
                ["description"] = schemaObject.Description,
                ["properties"] = properties,
            });
        }

        return new Dictionary<string, object?>
        {
            ["text"] = text,
            ["id"] = contract?.Id,
            ["version"] = contract?.Version,
            ["status"] = contract?.Status,
            ["name"] = contract?.Name,
            ["usage"] = contract?.Description?.Usage,
            ["limitations"] = contract?.Description?.Limitations,
            ["objects"] = objects,
        };
    }

    /// <summary>The glossary terms the contract's fields carry: (field, term) pairs, the field as its GraphQL coordinate where it has one.</summary>
    public static List<(string Field, string Term)> GlossaryTerms(string? text)
    {
        var terms = new List<(string, string)>();
        if (text is not null && Read(text) is { } contract)
        {
            foreach (var (path, property) in contract.AllProperties())
            {
                foreach (var term in property.Profile.GlossaryTerms)
                {
                    terms.Add((property.Profile.GraphQLCoordinate ?? path, term));
                }
            }
        }

        return terms;
    }

    private static DataContract? Read(string text) => CatalogDocumentReader.ReadContract("contract", text).Document;

    private static void AddProperties(List<Dictionary<string, object?>> properties, string prefix, IReadOnlyList<SchemaProperty> level)
    {
        foreach (var property in level)
        {
            var path = prefix + "." + property.Name;
            properties.Add(new Dictionary<string, object?>
            {
                ["name"] = property.Name,
                ["path"] = path,
                ["coordinate"] = property.Profile.GraphQLCoordinate,
                ["logicalType"] = property.LogicalType,
                ["classification"] = property.Classification,
                ["description"] = property.Description,
                ["required"] = property.Required,
                ["criticalDataElement"] = property.CriticalDataElement,
                ["personalData"] = property.Profile.PersonalData,
                ["mask"] = property.Profile.Mask?.ToString(),
                ["purposes"] = property.Profile.AllowedPurposes,
                ["glossaryTerms"] = property.Profile.GlossaryTerms,
                ["sources"] = property.TransformSourceObjects,
            });
            AddProperties(properties, path, property.Properties);
        }
    }
}
