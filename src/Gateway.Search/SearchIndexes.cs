using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Search.Elasticsearch;
using Gateway.Search.Postgres;
using Gateway.Search.Sqlite;

namespace Gateway.Search;

/// <summary>
/// The index the configuration chooses: Elasticsearch when its settings are given, otherwise the embedded index beside
/// the catalog (FTS5 in <c>catalog.db</c>, or full-text in the PostgreSQL catalog's database).
/// </summary>
public static class SearchIndexes
{
    /// <summary>The environment variable the gateway reads an Elasticsearch address from (user and password may be in it).</summary>
    public const string ElasticsearchVariable = "GATEWAY_ELASTICSEARCH_URL";

    /// <summary>The index, initialised (its tables, or its template and alias, made when missing).</summary>
    public static async Task<ISearchIndex> OpenAsync(CatalogStoreSettings settings, ElasticsearchSettings? elasticsearch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ISearchIndex index = elasticsearch is not null
            ? new ElasticsearchSearchIndex(elasticsearch)
            : string.IsNullOrWhiteSpace(settings.PostgresConnectionString)
                ? new SqliteSearchIndex(Path.Combine(settings.DataDirectory, SqliteCatalogStore.FileName))
                : new PostgresSearchIndex(settings.PostgresConnectionString);
        try
        {
            await index.InitializeAsync(cancellationToken);
            return index;
        }
        catch
        {
            await index.DisposeAsync();
            throw;
        }
    }

    /// <summary>The index <paramref name="selection"/> chooses beside the catalog of <paramref name="settings"/>, initialised; see <see cref="SearchIndexSelection.Resolve"/>.</summary>
    public static Task<ISearchIndex> OpenAsync(CatalogStoreSettings settings, SearchIndexSelection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return OpenAsync(settings, selection.Resolve(settings), cancellationToken);
    }

    /// <summary>The Elasticsearch settings of <paramref name="url"/>, else of <see cref="ElasticsearchVariable"/>; null when neither is set.</summary>
    public static ElasticsearchSettings? ElasticsearchFrom(string? url) =>
        (url ?? Environment.GetEnvironmentVariable(ElasticsearchVariable)) is { Length: > 0 } address ? ElasticsearchSettings.FromUrl(address) : null;

    /// <summary>The outbox consumer an index reads as: each kind of index keeps its own position.</summary>
    public static string ConsumerFor(ISearchIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.Kind == "elasticsearch" ? "search-index-elasticsearch" : "search-index";
    }
}
