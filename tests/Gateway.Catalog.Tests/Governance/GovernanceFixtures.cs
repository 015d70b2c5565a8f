using Gateway.Catalog.Documents;
using Gateway.Catalog.Governance;
using Gateway.Catalog.Tests.Changes;

namespace Gateway.Catalog.Tests.Governance;

/// <summary>A product that passes every built-in rule, for tests to break one rule at a time.</summary>
internal static class GovernanceFixtures
{
    public const string Descriptor = """
        apiVersion: v1.0.0
        kind: DataProduct
        id: 1b7c3e52-9d0a-4f61-8c2e-5a4b3c2d1e0f
        name: customers
        version: 1.0.0
        status: active
        domain: crm
        description:
          purpose: Every registered customer of the shop.
          usage: Support and analytics.
          limitations: Not for marketing.
        tags: [customers]
        team:
          name: crm-data
          members:
            - username: ana@example.com
              role: owner
        support:
          - channel: "#crm-data"
            url: https://chat.example.com/channels/crm-data
            tool: slack
        outputPorts:
          - name: customers-graphql
            version: 1.0.0
            contractId: customers-contract
        customProperties:
          - property: urn
            value: urn:dp:crm:customers
          - property: dataClassification
            value: clean
        """;

    public static readonly string Contract = ChangeFixtures.Edit(
        ChangeFixtures.Contract, "name: country\n        logicalType: string\n", "name: country\n        logicalType: string\n        classification: public\n");

    /// <summary>The subgraph serving the contract's Customer: each field it serves is a contract property.</summary>
    public const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@inaccessible"])

        type Query {
          customer(id: ID!): Customer
        }

        type Customer @key(fields: "id") {
          id: ID!
          email: String
          signedUpAt: String!
          lifetimeValue: Float
          internalScore: Int @inaccessible
        }

        type Order @key(fields: "id", resolvable: false) {
          id: ID! @external
        }
        """;

    public static GovernanceSubject Subject(string descriptor, string? contract, string? sdl)
    {
        var read = CatalogDocumentReader.ReadDescriptor("product.yaml", descriptor);
        Assert.True(read.IsValid, string.Join("\n", read.Diagnostics));
        return new GovernanceSubject(read.Document!, contract is null ? null : ChangeFixtures.ReadContract(contract), sdl);
    }

    public static string Edit(string text, string find, string replace) => ChangeFixtures.Edit(text, find, replace);

    public static IReadOnlyList<GovernanceFinding> Check(string descriptor, string? contract, string? sdl, GovernanceRuleSet? rules = null) =>
        (rules ?? GovernanceRuleSet.Default).Check(Subject(descriptor, contract, sdl));
}
