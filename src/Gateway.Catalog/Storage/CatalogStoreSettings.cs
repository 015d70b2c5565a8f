namespace Gateway.Catalog.Storage;

/// <summary>
/// Which store holds the catalog. With no PostgreSQL connection string, it is the SQLite file
/// <c>catalog.db</c> under <see cref="DataDirectory"/> (default <c>./data</c>).
/// </summary>
public sealed record CatalogStoreSettings
{
    public string DataDirectory { get; init; } = "data";

    /// <summary>A PostgreSQL connection string (<c>Host=...;Database=...;Username=...</c>); set, it selects PostgreSQL.</summary>
    public string? PostgresConnectionString { get; init; }
}
