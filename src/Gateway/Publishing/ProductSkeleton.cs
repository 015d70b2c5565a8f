using System.Globalization;
using System.Text;
using Gateway.Catalog.Documents.Profile;
using Gateway.GraphQL.Language;

namespace Gateway.Publishing;

/// <summary>
/// A first descriptor (ODPS v1.0) and contract (ODCS v3.1) for a subgraph that is not yet a product: every field of
/// every object type becomes a contract property with its GraphQL coordinate and a logical type. What only the team
/// can decide is left as a <c>TODO</c> comment and left out of the document, so the governance rules report it
/// until it is filled in: each field's classification, the owner, the description and its terms of use, the SLA.
/// </summary>
public static class ProductSkeleton
{
    /// <summary>The marker a team searches for to find what is left to decide.</summary>
    public const string TodoMarker = "TODO";

    /// <summary>The two documents for the product <paramref name="urn"/> served by a subgraph with schema <paramref name="sdl"/>.</summary>
    /// <exception cref="GraphQL.GraphQLException">The SDL does not parse.</exception>
    public static (string Descriptor, string Contract) Create(ProductUrn urn, string sdl, Uri subgraphUrl)
    {
        ArgumentNullException.ThrowIfNull(urn);
        ArgumentNullException.ThrowIfNull(sdl);
        ArgumentNullException.ThrowIfNull(subgraphUrl);
        var contractId = $"{urn.Name}-contract";
        return (Descriptor(urn, contractId, subgraphUrl), Contract(urn, contractId, ObjectTypes(Parser.Parse(sdl))));
    }

    private static string Descriptor(ProductUrn urn, string contractId, Uri subgraphUrl) => $"""
        # The data product descriptor (ODPS v1.0) of {urn}, written by 'gateway product init'.
        # Fill in every {TodoMarker}, then: gateway product publish product.yaml contract.yaml --subgraph-url {subgraphUrl}
        apiVersion: v1.0.0
        kind: DataProduct
        id: {Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture)}
        name: {urn.Name}
        version: 1.0.0
        status: active
        domain: {urn.Domain}
        # {TodoMarker}: description: purpose (what the product holds), usage (its terms of use), limitations.
        # {TodoMarker}: team: name, and members with one role: owner (the data product owner).
        outputPorts:
          - name: {urn.Name}-graphql
            type: graphql
            version: 1.0.0
            contractId: {contractId}
        customProperties:
          - property: urn
            value: {urn}
          # {TodoMarker}: raw, clean or aggregated data.
          - property: dataClassification
            value: clean

        """;

    private static string Contract(ProductUrn urn, string contractId, List<ObjectType> types)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            # The data contract (ODCS v3.1) of {urn}, written by 'gateway product init' from its subgraph's schema.
            # Every property names the GraphQL field it is served as (graphqlCoordinate). Fill in every {TodoMarker}.
            apiVersion: v3.1.0
            kind: DataContract
            id: {contractId}
            name: {urn.Name}
            version: 1.0.0
            status: active
            domain: {urn.Domain}
            # {TodoMarker}: description: purpose, usage (the terms of use), limitations.
            # {TodoMarker}: slaProperties (latency, retention, ...).
            schema:

            """);
        foreach (var type in types)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - name: {type.Name}\n    physicalType: graphql-type\n");
            if (type.Description is { } description)
            {
                text.Append(CultureInfo.InvariantCulture, $"    description: {Quoted(description)}\n");
            }

            text.Append("    properties:\n");
            foreach (var field in type.Fields)
            {
                text.Append(CultureInfo.InvariantCulture, $"      - name: {field.Name.Value}\n        logicalType: {LogicalType(field.Type, type.Composites)}\n");
                if (field.Type is NonNullTypeNode)
                {
                    text.Append("        required: true\n");
                }

                if (field.Description is { } fieldDescription)
                {
                    text.Append(CultureInfo.InvariantCulture, $"        description: {Quoted(fieldDescription.Value)}\n");
                }

                // ODCS v3.1 schema[].properties[].classification: only the team knows how sensitive the field is.
                text.Append(CultureInfo.InvariantCulture, $"        # {TodoMarker}: classification: public, internal, confidential or restricted (personal data also needs a mask).\n");
                text.Append(CultureInfo.InvariantCulture, $"        customProperties:\n          - property: graphqlCoordinate\n            value: {type.Name}.{field.Name.Value}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The object types that carry data: root operation types and federation's own (<c>_Service</c>, <c>_Entity</c>) are access paths, not data.</summary>
    private static List<ObjectType> ObjectTypes(DocumentNode document)
    {
        var roots = new HashSet<string>(StringComparer.Ordinal) { "Query", "Mutation", "Subscription" };
        var composites = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    AddRoots(schema.OperationTypes, roots);
                    break;
                case SchemaExtensionNode extension:
                    AddRoots(extension.OperationTypes, roots);
                    break;
                case ObjectTypeDefinitionNode or InterfaceTypeDefinitionNode or UnionTypeDefinitionNode:
                    composites.Add(((TypeDefinitionNode)definition).Name.Value);
                    break;
                case ObjectTypeExtensionNode extension:
                    composites.Add(extension.Name.Value);
                    break;
            }
        }

        var types = new List<ObjectType>();
        var byName = new Dictionary<string, ObjectType>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            var (name, description, fields) = definition switch
            {
                ObjectTypeDefinitionNode objectType => (objectType.Name.Value, objectType.Description?.Value, objectType.Fields),
                ObjectTypeExtensionNode extension => (extension.Name.Value, null, extension.Fields),
                _ => (null, null, []),
            };
            if (name is null || roots.Contains(name) || name.StartsWith('_'))
            {
                continue;
            }

            if (!byName.TryGetValue(name, out var type))
            {
                type = new ObjectType(name, description, [], composites);
                byName.Add(name, type);
                types.Add(type);
            }

            type.Fields.AddRange(fields);
        }

        return types;
    }

    private static void AddRoots(IReadOnlyList<OperationTypeDefinitionNode> operationTypes, HashSet<string> roots)
    {
        foreach (var operationType in operationTypes)
        {
            roots.Add(operationType.Type.Name.Value);
        }
    }

    /// <summary>ODCS v3.1 <c>logicalType</c>: string, date, timestamp, number, integer, boolean, object or array.</summary>
    private static string LogicalType(TypeNode type, HashSet<string> composites) => type switch
    {
        NonNullTypeNode nonNull => LogicalType(nonNull.Type, composites),
        ListTypeNode => "array",
        NamedTypeNode named => named.Name.Value switch
        {
            "Int" => "integer",
            "Float" => "number",
            "Boolean" => "boolean",
            "String" or "ID" => "string",
            "DateTime" or "Timestamp" => "timestamp",
            "Date" => "date",
            var name when composites.Contains(name) => "object",

            // Enums and custom scalars (JSON, URL, BigInt, ...) are text on the wire.
            _ => "string",
        },
        _ => "string",
    };

    private static string Quoted(string text) => $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}\"";

    private sealed record ObjectType(string Name, string? Description, List<FieldDefinitionNode> Fields, HashSet<string> Composites);
}
