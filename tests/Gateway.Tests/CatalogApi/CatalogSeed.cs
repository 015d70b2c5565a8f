using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Catalog.Tests.Storage;

namespace Gateway.Tests.CatalogApi;

/// <summary>
/// The catalog the API tests read, published through the store from real documents: customers (crm) feed orders
/// (sales, the profile's example documents, in two versions) which feed revenue (finance); returns (sales) is
/// deprecated in favour of orders; 23 small products of the bulk domain page through listings.
/// </summary>
public static class CatalogSeed
{
    public const int BulkProducts = 23;

    public static async Task PublishAsync(ICatalogStore store)
    {
        var none = CancellationToken.None;
        await store.UpsertDomainAsync(new Domain("sales", null, "Selling to customers."), none);
        await store.UpsertDomainAsync(new Domain("web-shop", "sales", "The online shop."), none);
        await store.UpsertDomainAsync(new Domain("crm", null, "Customer relationships."), none);
        await store.UpsertTeamAsync(new Team("sales-data", "sales", [new TeamMembership("ana.lima@example.com", "Ana Lima", "owner")]), none);
        await store.UpsertGlossaryTermAsync(new GlossaryTerm("sales", "Customer", "Someone who placed at least one order.", ["Buyer"]), none);
        await store.UpsertGlossaryTermAsync(new GlossaryTerm("crm", "Customer", "Anyone with a customer record.", []), none);

        await PublishAsync(store, Descriptor("crm", "customers", "raw", "lee@example.com", "customers, gold", null), Contract("crm", "customers", "Customer", "Customer"));
        var examples = Path.Combine(RepositoryRoot(), "schema", "examples");
        var orders = await File.ReadAllTextAsync(Path.Combine(examples, "orders.odps.yaml"));
        var ordersContract = await File.ReadAllTextAsync(Path.Combine(examples, "orders.odcs.yaml"));
        // Version 1.1.0 had no purpose for the contract and no row count rule: 1.2.0 added both.
        var olderContract = ordersContract
            .Replace("1.2.0", "1.1.0", StringComparison.Ordinal)
            .Replace("  purpose: Orders placed in the web shop.\n", "", StringComparison.Ordinal)
            .Replace("    quality:\n      - type: library\n        metric: rowCount\n        mustBeGreaterThan: 0\n        dimension: completeness\n", "", StringComparison.Ordinal);
        await PublishAsync(store, orders.Replace("1.2.0", "1.1.0", StringComparison.Ordinal), olderContract);
        await PublishAsync(store, orders, ordersContract);
        await PublishAsync(store, Descriptor("finance", "revenue", "aggregated", "kim@example.com", "finance, gold", "orders-contract"), Contract("finance", "revenue", "Revenue", null));
        await PublishAsync(store, Descriptor("sales", "returns", "clean", "ana.lima@example.com", "returns", null), Contract("sales", "returns", "Return", null));
        var returns = (await store.GetProductAsync(ProductUrn.Parse("urn:dp:sales:returns"), none))!;
        await store.ChangeLifecycleAsync(
            new LifecycleChange(returns.Urn, LifecycleStatus.Deprecated, new Deprecation(new DateOnly(2099, 12, 31), ProductUrn.Parse("urn:dp:sales:orders"), "Merged into orders."), "ana"),
            returns.Revision,
            none);
        await store.RecordQualityResultAsync(
            new QualityResult(ProductUrn.Parse("urn:dp:sales:orders"), "Order.total#0", true, 0, new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero), "no nulls"), none);

        for (var i = 0; i < BulkProducts; i++)
        {
            await store.PublishAsync(
                TestPublications.Product(
                    $"urn:dp:bulk:item-{i:00}",
                    owner: i % 2 == 0 ? "even@example.com" : "odd@example.com",
                    tags: ["bulk"],
                    classification: DataClassification.Raw),
                0,
                none);
        }
    }

    private static async Task PublishAsync(ICatalogStore store, string descriptorText, string contractText)
    {
        var descriptor = CatalogDocumentReader.ReadDescriptor("product.yaml", descriptorText);
        var contract = CatalogDocumentReader.ReadContract("contract.yaml", contractText);
        Assert.True(descriptor.IsValid, string.Join("\n", descriptor.Diagnostics));
        Assert.True(contract.IsValid, string.Join("\n", contract.Diagnostics));
        var publication = ProductPublicationBuilder.Build(descriptor.Document!, descriptorText, contract.Document, contractText, null, "seed");
        var current = await store.GetProductAsync(publication.Urn, CancellationToken.None);
        await store.PublishAsync(publication, current?.Revision ?? 0, CancellationToken.None);
    }

    private static string Descriptor(string domain, string name, string classification, string owner, string tags, string? inputContract) => $$"""
        apiVersion: v1.0.0
        kind: DataProduct
        id: {{domain}}-{{name}}
        name: {{name}}
        version: 1.0.0
        status: active
        domain: {{domain}}
        description:
          purpose: The {{name}} of the {{domain}} domain.
        tags: [{{tags}}]
        team:
          name: {{domain}}-data
          members:
            - username: {{owner}}
              role: owner
        {{(inputContract is null ? "" : $"inputPorts:\n  - name: {inputContract}\n    version: 1.0.0\n    contractId: {inputContract}")}}
        outputPorts:
          - name: {{name}}-graphql
            type: graphql
            version: 1.0.0
            contractId: {{name}}-contract
        customProperties:
          - property: urn
            value: urn:dp:{{domain}}:{{name}}
          - property: dataClassification
            value: {{classification}}
        """;

    private static string Contract(string domain, string name, string type, string? term) => $$"""
        apiVersion: v3.1.0
        kind: DataContract
        id: {{name}}-contract
        name: {{name}}
        version: 1.0.0
        status: active
        domain: {{domain}}
        description:
          purpose: The {{name}}.
          usage: Analytics.
        schema:
          - name: {{type}}
            physicalType: graphql-type
            properties:
              - name: id
                logicalType: string
                required: true
                classification: internal
                customProperties:
                  - property: graphqlCoordinate
                    value: {{type}}.id
                  {{(term is null ? "" : $"- property: glossaryTerms\n            value: [{term}]")}}
        """;

    /// <summary>The repository's root folder (the one holding Gateway.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gateway.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Gateway.sln not found above the test directory.");
    }
}
