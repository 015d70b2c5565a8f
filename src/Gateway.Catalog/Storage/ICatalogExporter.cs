namespace Gateway.Catalog.Storage;

/// <summary>A catalog store that writes backups with the optional parts (<see cref="CatalogExportOptions"/>).</summary>
public interface ICatalogExporter
{
    /// <summary>Every table of the catalog (the outbox aside), from one consistent read, with what <paramref name="options"/> add.</summary>
    Task<CatalogSnapshot> ExportAsync(CatalogExportOptions options, CancellationToken cancellationToken);
}
