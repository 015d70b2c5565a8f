using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.CatalogApi.Search;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.Search;
using Gateway.Search.Indexing;
using Gateway.Search.Sqlite;

namespace Gateway.Tests.CatalogApi.Search;

/// <summary>
/// A real SQLite catalog with a few published products, indexed from its outbox, and the search part of the catalog
/// API served on a small core (the <c>catalog</c> root, <c>CatalogPageInfo</c>, and a <c>CatalogProduct</c> with a
/// few fields) for its queries to run against.
/// </summary>
public sealed class SearchApiCatalog : IAsyncDisposable
{
    private const string CoreSdl = """
        type Query { catalog: CatalogQuery! }
        type CatalogQuery
        type CatalogPageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
        enum CatalogProductStatus { DRAFT PUBLISHED DEPRECATED RETIRED }
        enum CatalogDataClassification { RAW CLEAN AGGREGATED }
        type CatalogProduct { urn: ID! name: String! domain: String! status: CatalogProductStatus! }
        """;

    private readonly TempDirectory _directory;

    private SearchApiCatalog(TempDirectory directory, SqliteCatalogStore store, SqliteSearchIndex index, Schema schema)
    {
        _directory = directory;
        Store = store;
        Index = index;
        Schema = schema;
    }

    public SqliteCatalogStore Store { get; }

    public SqliteSearchIndex Index { get; }

    public Schema Schema { get; }

    /// <summary>The catalog with <paramref name="drafts"/> (owned by <c>mia</c>) beside three published products, served to <paramref name="viewer"/>.</summary>
    public static async Task<SearchApiCatalog> CreateAsync(SearchViewer? viewer = null)
    {
        var directory = new TempDirectory();
        var path = directory.PathOf("catalog.db");
        var store = await SqliteCatalogStore.OpenAsync(path, CancellationToken.None);
        var index = new SqliteSearchIndex(path);
        await index.InitializeAsync(CancellationToken.None);
        await PublishAsync(store, "sales", "orders", "Orders", "Orders placed in the web shop.", LifecycleStatus.Published);
        await PublishAsync(store, "sales", "order-lines", "Order Lines", "The lines of each order.", LifecycleStatus.Published);
        await PublishAsync(store, "player", "play-events", "Play Events", "Every track play.", LifecycleStatus.Published);
        await PublishAsync(store, "sales", "order-forecast", "Order Forecast", "Orders expected next month.", LifecycleStatus.Draft);
        await new SearchIndexer(store, new SearchDocumentBuilder(store), index).CatchUpAsync(CancellationToken.None);

        var module = new SearchModule(index, store, _ => viewer ?? SearchViewer.Anonymous);
        var options = new SchemaBuildOptions()
            .Resolve("Query.catalog", static _ => ValueTask.FromResult<object?>(new object()))
            .Resolve("CatalogProduct.urn", static context => ValueTask.FromResult<object?>(((DataProduct)context.Source!).Urn.ToString()))
            .EnumValue("CatalogProductStatus.DRAFT", LifecycleStatus.Draft)
            .EnumValue("CatalogProductStatus.PUBLISHED", LifecycleStatus.Published)
            .EnumValue("CatalogProductStatus.DEPRECATED", LifecycleStatus.Deprecated)
            .EnumValue("CatalogProductStatus.RETIRED", LifecycleStatus.Retired)
            .EnumValue("CatalogDataClassification.RAW", DataClassification.Raw)
            .EnumValue("CatalogDataClassification.CLEAN", DataClassification.Clean)
            .EnumValue("CatalogDataClassification.AGGREGATED", DataClassification.Aggregated);
        module.Configure(options);
        var schema = SchemaBuilder.FromSdl(CoreSdl + "\n" + module.Sdl, options);
        return new SearchApiCatalog(directory, store, index, schema);
    }

    /// <summary>Runs a query and returns its JSON result.</summary>
    public async Task<string> QueryAsync(string query)
    {
        var result = await Executor.ExecuteAsync(Schema, new ExecutionRequest { Document = Parser.Parse(query) });
        return result.ToJson();
    }

    public async ValueTask DisposeAsync()
    {
        await Index.DisposeAsync();
        await Store.DisposeAsync();
        _directory.Dispose();
    }

    private static Task PublishAsync(SqliteCatalogStore store, string domain, string name, string title, string description, LifecycleStatus status)
    {
        var urn = new ProductUrn(domain, name);
        return store.PublishAsync(
            new ProductPublication(
                urn, domain, null, title, description, "mia", $"{domain}-team", DataClassification.Clean, [domain], SemanticVersion.Parse("1.0.0"), status,
                $"descriptor of {urn}", null, null, [], [], [], [], [], null, "test"),
            0, CancellationToken.None);
    }
}
