using System.Text.Json;

namespace Gateway.Catalog.Storage;

/// <summary>
/// A backup of the catalog: each table's rows as JSON values, by column. Both stores share one schema,
/// so a SQLite backup restores into PostgreSQL and back. <see cref="SchemaVersion"/> is the migration it
/// was taken at; a restore needs the same.
/// </summary>
public sealed record CatalogSnapshot(
    int Format,
    int SchemaVersion,
    DateTimeOffset ExportedAt,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>> Tables)
{
    public const int CurrentFormat = 1;
}
