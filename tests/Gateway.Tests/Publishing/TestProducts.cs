using Gateway.Publishing;

namespace Gateway.Tests.Publishing;

/// <summary>
/// Descriptors and contracts of small products in the sales domain, complete enough for the default governance rules
/// (an owner, a description with its terms of use, every field classified, an SLA) unless a test leaves something out.
/// </summary>
public static class TestProducts
{
    public const string Link = """extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])""";

    public static DocumentSource Descriptor(string name, string version, bool owner = true, string status = "active")
    {
        var team = owner
            ? $"""
              team:
                name: {name}-team
                members:
                  - username: ana.lima@example.com
                    role: owner
              """
            : "";
        return new DocumentSource($"{name}/product.yaml", $"""
            apiVersion: v1.0.0
            kind: DataProduct
            id: {name}-product
            name: {name}
            version: {version}
            status: {status}
            domain: sales
            description:
              purpose: The shop's {name}, for the tests.
              usage: Read through the gateway; no resale.
              limitations: Test data only.
            tags: [test]
            support:
              - channel: "#{name}"
                url: https://chat.example.com/channels/{name}
                tool: slack
            {team}
            outputPorts:
              - name: {name}-graphql
                type: graphql
                version: {version}
                contractId: {name}-contract
            customProperties:
              - property: urn
                value: urn:dp:sales:{name}
              - property: dataClassification
                value: clean
            """);
    }

    /// <summary>A contract with one schema object per type named in <paramref name="fields"/> (<c>Type.field</c>, logical type, classification or null).</summary>
    public static DocumentSource Contract(string name, string version, IReadOnlyList<(string Coordinate, string LogicalType, string? Classification)> fields, bool sla = true)
    {
        var text = new System.Text.StringBuilder($"""
            apiVersion: v3.1.0
            kind: DataContract
            id: {name}-contract
            name: {name}
            version: {version}
            status: active
            domain: sales
            description:
              purpose: The shop's {name}, for the tests.
              usage: Read through the gateway; no resale.
              limitations: Test data only.
            schema:

            """);
        string? currentType = null;
        foreach (var (coordinate, logicalType, classification) in fields)
        {
            var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
            var type = coordinate[..dot];
            if (type != currentType)
            {
                text.Append($"  - name: {type}\n    physicalType: graphql-type\n    description: The {type} type.\n    properties:\n");
                currentType = type;
            }

            text.Append($"      - name: {coordinate[(dot + 1)..]}\n        logicalType: {logicalType}\n");
            if (classification is not null)
            {
                text.Append($"        classification: {classification}\n");
            }

            text.Append($"        customProperties:\n          - property: graphqlCoordinate\n            value: {coordinate}\n");
        }

        if (sla)
        {
            text.Append("slaProperties:\n  - property: latency\n    value: 1\n    unit: d\n");
        }

        text.Append("team:\n  name: test-team\n  members:\n    - username: ana.lima@example.com\n      role: owner\n");
        return new DocumentSource($"{name}/contract.yaml", text.ToString());
    }

    /// <summary>The orders product's subgraph: <c>Query.orders</c> and <c>Order</c> with <paramref name="orderFields"/> besides its key.</summary>
    public static string OrdersSdl(params string[] orderFields) =>
        $"{Link}\ntype Query {{ orders: [Order] }}\ntype Order @key(fields: \"id\") {{ id: ID! {string.Join(' ', orderFields)} }}\n";

    /// <summary>The orders contract matching <see cref="OrdersSdl"/> with the same fields (each <c>name: Type</c>).</summary>
    public static DocumentSource OrdersContract(string version, params string[] orderFields)
    {
        var fields = new List<(string, string, string?)> { ("Query.orders", "array", "internal"), ("Order.id", "string", "internal") };
        foreach (var field in orderFields)
        {
            fields.Add(($"Order.{field[..field.IndexOf(':', StringComparison.Ordinal)]}", field.Contains("Int", StringComparison.Ordinal) ? "integer" : "string", "internal"));
        }

        return Contract("orders", version, fields);
    }

    /// <summary>A product whose subgraph answers one root field, <c>Query.{field}</c>.</summary>
    public static (DocumentSource Descriptor, DocumentSource Contract, string Sdl) RootFieldProduct(string name, string field, string version = "1.0.0") =>
        (Descriptor(name, version), Contract(name, version, [($"Query.{field}", "string", "public")]), $"{Link}\ntype Query {{ {field}: String }}\n");
}
