using Gateway.Catalog.Storage.Sqlite;

namespace Gateway.Security.Tests;

/// <summary>A temporary folder holding a real SQLite catalog file, deleted with the folder at the end.</summary>
public sealed class CatalogFolder : IAsyncDisposable
{
    private readonly List<SqliteCatalogStore> _opened = [];

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"security-tests-{Guid.NewGuid():N}");

    /// <summary>Opens the folder's catalog file (several calls: several stores over the one file, like replicas).</summary>
    public async Task<SqliteCatalogStore> OpenAsync(TimeProvider? clock = null)
    {
        var store = await SqliteCatalogStore.OpenAsync(System.IO.Path.Combine(Path, SqliteCatalogStore.FileName), CancellationToken.None, clock);
        _opened.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
