using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

/// <summary>What a product's contract declares, as stored: lineage, glossary links, service levels, quality.</summary>
[Collection(CatalogStoreCollection.Name)]
public sealed class ProductDetailTests(CatalogStoreFixture stores)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ProductUrn A = ProductUrn.Parse("urn:dp:crm:a");
    private static readonly ProductUrn B = ProductUrn.Parse("urn:dp:sales:b");
    private static readonly ProductUrn C = ProductUrn.Parse("urn:dp:finance:c");

    [Theory]
    [BothStores]
    public async Task Lineage_follows_input_ports_up_and_down_to_the_depth_asked(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);

        // a -> b -> c, and c also reads a directly.
        await store.PublishAsync(TestPublications.Product(A.ToString(), contractId: "a-contract"), 0, None);
        await store.PublishAsync(TestPublications.Product(B.ToString(), contractId: "b-contract", inputContracts: ["a-contract"]), 0, None);
        await store.PublishAsync(TestPublications.Product(C.ToString(), contractId: "c-contract", inputContracts: ["b-contract", "a-contract"]), 0, None);

        var upOne = await store.ListLineageAsync(C, LineageDirection.Upstream, 1, None);
        var upTwo = await store.ListLineageAsync(C, LineageDirection.Upstream, 2, None);
        var down = await store.ListLineageAsync(A, LineageDirection.Downstream, 5, None);

        Assert.Equal(["a->c@1", "b->c@1"], upOne.Select(Edge));
        Assert.Equal(["a->c@1", "b->c@1", "a->b@2"], upTwo.Select(Edge));
        Assert.Equal(["a->c@1", "a->b@1", "b->c@2"], down.Select(Edge));
    }

    [Theory]
    [BothStores]
    public async Task Lineage_ends_on_cycles(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product(A.ToString(), contractId: "a-contract", inputContracts: ["b-contract"]), 0, None);
        await store.PublishAsync(TestPublications.Product(B.ToString(), contractId: "b-contract", inputContracts: ["a-contract"]), 0, None);

        var up = await store.ListLineageAsync(A, LineageDirection.Upstream, 10, None);

        Assert.Equal(["b->a@1", "a->b@2"], up.Select(Edge));
    }

    [Theory]
    [BothStores]
    public async Task The_example_contract_is_stored_with_field_sources_glossary_links_service_levels_and_quality_rules(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        var publication = await ExamplePublicationAsync();

        await store.PublishAsync(publication, 0, None);

        var orders = publication.Urn;
        Assert.Equal(
            [new ProductPort(PortDirection.Input, "customers", "2.0.0", "customers-contract"), new ProductPort(PortDirection.Output, "orders-graphql", "1.2.0", "orders-contract")],
            await store.ListPortsAsync(orders, None));
        Assert.Equal([new FieldLineage(orders, "Order.cardNumber", "payments-contract.Payment.cardNumber")], await store.ListFieldLineageAsync(orders, None));
        Assert.Equal([new GlossaryLink("Customer", orders, "Order.customerEmail")], await store.ListGlossaryLinksAsync("Customer", None));
        Assert.Equal(["latency=4 h @Order.placedAt", "availability=99.9 percent @", "retention=7 y @"],
            (await store.ListServiceLevelsAsync(orders, None)).Select(l => $"{l.Property}={l.Value} {l.Unit} @{l.Element}"));
        Assert.Equal(["Order#0", "Order.total#0"], (await store.ListQualityAsync(orders, None)).Select(q => q.Rule.RuleKey));
        Assert.Equal(["urn:dp:sales:orders"], (await store.ListProductsAsync(new ProductQuery { Tag = "gold" }, None)).Items.Select(p => p.Urn.ToString()));
    }

    [Theory]
    [BothStores]
    public async Task Quality_shows_each_rule_with_its_latest_result(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        var publication = await ExamplePublicationAsync();
        await store.PublishAsync(publication, 0, None);
        var at = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

        await store.RecordQualityResultAsync(new QualityResult(publication.Urn, "Order#0", false, 0, at, "empty"), None);
        await store.RecordQualityResultAsync(new QualityResult(publication.Urn, "Order#0", true, 1200, at.AddHours(1), null), None);
        var unknown = await Assert.ThrowsAsync<CatalogRejectedException>(
            () => store.RecordQualityResultAsync(new QualityResult(publication.Urn, "nope", true, null, at, null), None));

        var quality = await store.ListQualityAsync(publication.Urn, None);
        Assert.Equal(new QualityResult(publication.Urn, "Order#0", true, 1200, at.AddHours(1), null), quality[0].Latest);
        Assert.Null(quality[1].Latest);
        Assert.Contains("no quality rule 'nope'", unknown.Message);
    }

    [Theory]
    [BothStores]
    public async Task Domains_nest_without_cycles_and_teams_and_glossary_round_trip(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);

        await store.UpsertDomainAsync(new Domain("sales", null, "Selling"), None);
        await store.UpsertDomainAsync(new Domain("web-shop", "sales", null), None);
        var missing = await Assert.ThrowsAsync<CatalogRejectedException>(() => store.UpsertDomainAsync(new Domain("x", "nowhere", null), None));
        var cycle = await Assert.ThrowsAsync<CatalogRejectedException>(() => store.UpsertDomainAsync(new Domain("sales", "web-shop", null), None));
        await store.UpsertTeamAsync(new Team("sales-data", "sales", [new TeamMembership("ana", "Ana", "owner")]), None);
        await store.UpsertGlossaryTermAsync(new GlossaryTerm("sales", "Customer", "Someone who bought", ["Client"]), None);

        Assert.Equal([new Domain("sales", null, "Selling"), new Domain("web-shop", "sales", null)], await store.ListDomainsAsync(None));
        Assert.Contains("not in the catalog", missing.Message);
        Assert.Contains("cycle", cycle.Message);
        Assert.Equal("owner", (await store.GetTeamAsync("sales-data", None))!.Members[0].Role);
        Assert.Equal(["Client"], Assert.Single(await store.ListGlossaryAsync("sales", None)).Synonyms);
    }

    private static string Edge(LineageEdge edge) => $"{edge.Upstream.Name}->{edge.Downstream.Name}@{edge.Depth}";

    internal static async Task<ProductPublication> ExamplePublicationAsync()
    {
        var descriptorPath = Path.Combine(AppContext.BaseDirectory, "examples", "orders.odps.yaml");
        var contractPath = Path.Combine(AppContext.BaseDirectory, "examples", "orders.odcs.yaml");
        var descriptor = await CatalogDocumentReader.ReadFileAsync(descriptorPath, null, None);
        var contract = await CatalogDocumentReader.ReadFileAsync(contractPath, null, None);
        return ProductPublicationBuilder.Build(
            descriptor.Descriptor!, await File.ReadAllTextAsync(descriptorPath), contract.Contract!, await File.ReadAllTextAsync(contractPath),
            new SubgraphEndpoint("orders", new Uri("http://127.0.0.1:4999/graphql"), "type Query { orders: [Int] }"), "ana");
    }
}
