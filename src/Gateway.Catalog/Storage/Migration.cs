namespace Gateway.Catalog.Storage;

/// <summary>
/// One step of the catalog schema. The DDL is written once for both stores with column type tokens
/// (<c>{TEXT}</c>, <c>{INT}</c>, <c>{REAL}</c>, <c>{ID}</c>) each store spells its own way. What only one store
/// has (SQLite's FTS5 virtual tables, PostgreSQL's <c>tsvector</c> columns and GIN indexes) follows in
/// <see cref="SqliteDdl"/> or <see cref="PostgresDdl"/>, run after the shared part.
/// </summary>
internal sealed record Migration(int Version, string Name, string Ddl)
{
    public string? SqliteDdl { get; init; }

    public string? PostgresDdl { get; init; }
}
