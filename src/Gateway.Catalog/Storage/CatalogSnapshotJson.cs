using System.Text.Json;

namespace Gateway.Catalog.Storage;

/// <summary>How a <see cref="CatalogSnapshot"/> is written to and read from a backup file.</summary>
public static class CatalogSnapshotJson
{
    public static JsonSerializerOptions Options { get; } = new(CatalogJsonContext.Default.Options) { WriteIndented = true };

    public static async Task WriteAsync(Stream stream, CatalogSnapshot snapshot, CancellationToken cancellationToken) =>
        await JsonSerializer.SerializeAsync(stream, snapshot, Options, cancellationToken);

    /// <summary>Reads a backup; a file that is not one throws <see cref="JsonException"/>.</summary>
    public static async Task<CatalogSnapshot> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var snapshot = await JsonSerializer.DeserializeAsync<CatalogSnapshot>(stream, Options, cancellationToken);

        // Any JSON object deserialises; a backup has a format and its tables.
        if (snapshot is null || snapshot.Format == 0 || snapshot.Tables is null)
        {
            throw new JsonException("it has no 'format' and 'tables'; write it with gateway catalog export.");
        }

        return snapshot;
    }
}
