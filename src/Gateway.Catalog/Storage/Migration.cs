namespace Gateway.Catalog.Storage;

/// <summary>
/// One step of the catalog schema. The DDL is written once for both stores with column type tokens
/// (<c>{TEXT}</c>, <c>{INT}</c>, <c>{REAL}</c>, <c>{ID}</c>) each store spells its own way.
/// </summary>
internal sealed record Migration(int Version, string Name, string Ddl);
