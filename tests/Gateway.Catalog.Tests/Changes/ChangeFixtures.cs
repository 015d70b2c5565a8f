using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Contracts;

namespace Gateway.Catalog.Tests.Changes;

/// <summary>A published contract and subgraph SDL that the change tests edit into candidates.</summary>
internal static class ChangeFixtures
{
    public const string Contract = """
        apiVersion: v3.1.0
        kind: DataContract
        id: customers-contract
        name: Customers
        version: 1.0.0
        status: active
        domain: crm
        description:
          purpose: Registered customers.
          usage: Customer support and analytics.
          limitations: Personal data only for the purposes listed per field.
        tags: [customers]
        schema:
          - name: Customer
            description: A registered customer.
            properties:
              - name: id
                logicalType: string
                required: true
                primaryKey: true
                unique: true
                classification: internal
                customProperties:
                  - property: graphqlCoordinate
                    value: Customer.id
              - name: email
                logicalType: string
                physicalType: varchar(200)
                classification: restricted
                criticalDataElement: true
                tags: [pii]
                customProperties:
                  - property: graphqlCoordinate
                    value: Customer.email
                  - property: mask
                    value: showLast(4)
                  - property: allowedPurposes
                    value: [support, fraud-detection]
              - name: signedUpAt
                logicalType: timestamp
                classification: internal
                description: When the customer registered.
                customProperties:
                  - property: graphqlCoordinate
                    value: Customer.signedUpAt
              - name: lifetimeValue
                logicalType: number
                classification: confidential
                quality:
                  - metric: nullValues
                    mustBe: 0
                customProperties:
                  - property: graphqlCoordinate
                    value: Customer.lifetimeValue
                  - property: mask
                    value: numericRange(100)
            quality:
              - id: row-count
                type: library
                metric: rowCount
                mustBeGreaterThan: 100
          - name: Address
            properties:
              - name: city
                logicalType: string
                classification: public
              - name: country
                logicalType: string
        slaProperties:
          - property: latency
            value: 1
            unit: d
          - property: availability
            value: 99.9
          - property: retention
            value: 3
            unit: y
        roles:
          - role: crm-analyst
            access: read
        team:
          name: crm-data
          members:
            - username: ana@example.com
              role: owner
        customProperties:
          - property: allowedPurposes
            value: [support, analytics, fraud-detection]
        """;

    public const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@inaccessible"])

        type Query {
          customers(first: Int = 10, after: String): [Customer!]!
          customer(id: ID!): Customer
          search(filter: CustomerFilter): [Customer!]!
        }

        type Customer @key(fields: "id") {
          id: ID!
          email: String
          "When the customer registered."
          signedUpAt: String!
          tier: Tier!
          loyalty: Loyalty
          internalScore: Int @inaccessible
          orders(status: OrderStatus): [Order!]!
        }

        type Loyalty {
          points: Int
        }

        enum Tier { BRONZE SILVER GOLD }

        enum OrderStatus { OPEN SHIPPED }

        type Order @key(fields: "id") {
          id: ID!
        }

        input CustomerFilter { tier: Tier }
        """;

    public static DataContract ReadContract(string yaml)
    {
        var result = CatalogDocumentReader.ReadContract("contract.yaml", yaml);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    /// <summary>The text with <paramref name="find"/> replaced, which must occur exactly once.</summary>
    public static string Edit(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in the fixture.");
        Assert.True(text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' occurs more than once in the fixture.");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
