using Gateway.Catalog.Storage;

namespace Gateway.Search.Tests;

public sealed class SearchIndexSelectionTests
{
    private static readonly CatalogStoreSettings SqliteCatalog = new() { DataDirectory = "data" };
    private static readonly CatalogStoreSettings PostgresCatalog = new() { PostgresConnectionString = "Host=127.0.0.1;Database=catalog" };

    [Fact]
    public void An_address_alone_chooses_elasticsearch() =>
        Assert.Equal(new Uri("http://127.0.0.1:9200/"), new SearchIndexSelection(null, "http://127.0.0.1:9200").Resolve(SqliteCatalog)!.Url);

    [Fact]
    public void An_embedded_kind_wins_over_an_address() =>
        Assert.Null(new SearchIndexSelection(SearchIndexSelection.Sqlite, "http://127.0.0.1:9200").Resolve(SqliteCatalog));

    [Fact]
    public void Postgres_is_the_embedded_index_of_a_postgres_catalog() =>
        Assert.Null(new SearchIndexSelection(SearchIndexSelection.Postgres).Resolve(PostgresCatalog));

    [Theory]
    [InlineData("sqlite", true, "The sqlite search index lives in a SQLite catalog's file, and the catalog is on PostgreSQL")]
    [InlineData("postgres", false, "The postgres search index lives in a PostgreSQL catalog's database, and the catalog is SQLite")]
    [InlineData("solr", false, "'solr' is not a search index; choose one of sqlite, postgres, elasticsearch.")]
    public void A_kind_the_catalog_cannot_have_says_what_to_choose(string kind, bool postgres, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new SearchIndexSelection(kind).Resolve(postgres ? PostgresCatalog : SqliteCatalog));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
