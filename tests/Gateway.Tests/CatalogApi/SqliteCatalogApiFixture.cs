namespace Gateway.Tests.CatalogApi;

/// <summary>One seeded SQLite catalog API for the tests that only read.</summary>
public sealed class SqliteCatalogApiFixture : IAsyncLifetime
{
    private CatalogApiRig? _rig;

    public CatalogApiRig Rig => _rig ?? throw new InvalidOperationException("The rig has not started.");

    public async Task InitializeAsync() => _rig = await CatalogApiRig.StartSqliteAsync();

    public async Task DisposeAsync()
    {
        if (_rig is not null)
        {
            await _rig.DisposeAsync();
        }
    }
}
