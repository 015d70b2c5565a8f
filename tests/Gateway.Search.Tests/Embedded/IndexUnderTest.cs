using Gateway.Catalog.Storage;
using Gateway.Search.Embedded;

namespace Gateway.Search.Tests.Embedded;

/// <summary>A fresh catalog and the embedded index in its database.</summary>
public sealed class IndexUnderTest(SqlCatalogStore store, EmbeddedSearchIndex index, string location) : IAsyncDisposable
{
    public SqlCatalogStore Store { get; } = store;

    public EmbeddedSearchIndex Index { get; } = index;

    /// <summary>The SQLite file or the PostgreSQL connection string.</summary>
    public string Location { get; } = location;

    public async ValueTask DisposeAsync()
    {
        await Index.DisposeAsync();
        await Store.DisposeAsync();
    }
}
