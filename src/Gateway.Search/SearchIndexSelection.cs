using Gateway.Catalog.Storage;
using Gateway.Search.Elasticsearch;

namespace Gateway.Search;

/// <summary>
/// Which index a gateway searches: <see cref="Kind"/> <c>sqlite</c> (FTS5 in the SQLite catalog's file), <c>postgres</c>
/// (full-text in the PostgreSQL catalog's database) or <c>elasticsearch</c> (at <see cref="ElasticsearchUrl"/>, else at
/// <see cref="SearchIndexes.ElasticsearchVariable"/>). Without a kind: Elasticsearch when an address is given or set in the
/// environment, otherwise the index in the catalog's own store.
/// </summary>
public sealed record SearchIndexSelection(string? Kind = null, string? ElasticsearchUrl = null)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string Elasticsearch = "elasticsearch";

    /// <summary>The kinds, as the command line accepts them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Sqlite, Postgres, Elasticsearch];

    /// <summary>The environment's choice: Elasticsearch when <see cref="SearchIndexes.ElasticsearchVariable"/> is set, else the catalog's store.</summary>
    public static SearchIndexSelection Default { get; } = new();

    /// <summary>
    /// The Elasticsearch settings when this selection means Elasticsearch, null when it means the catalog's embedded index;
    /// <see cref="ArgumentException"/> saying what to change when the selection cannot work with <paramref name="catalog"/>.
    /// </summary>
    public ElasticsearchSettings? Resolve(CatalogStoreSettings catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var elasticsearch = SearchIndexes.ElasticsearchFrom(ElasticsearchUrl);
        var postgresCatalog = !string.IsNullOrWhiteSpace(catalog.PostgresConnectionString);
        switch (Kind ?? (elasticsearch is not null ? Elasticsearch : null))
        {
            case null:
                return null;
            case Elasticsearch:
                return elasticsearch ?? throw new ArgumentException(
                    $"The elasticsearch search index needs its address: give --elasticsearch-url or set {SearchIndexes.ElasticsearchVariable}.");
            case Sqlite when postgresCatalog:
                throw new ArgumentException("The sqlite search index lives in a SQLite catalog's file, and the catalog is on PostgreSQL: choose postgres or elasticsearch.");
            case Postgres when !postgresCatalog:
                throw new ArgumentException("The postgres search index lives in a PostgreSQL catalog's database, and the catalog is SQLite: choose sqlite or elasticsearch (or give --postgres).");
            case Sqlite or Postgres:
                return null;
            default:
                throw new ArgumentException($"'{Kind}' is not a search index; choose one of {string.Join(", ", Kinds)}.");
        }
    }
}
