namespace Gateway.Catalog.Storage;

/// <summary>What a catalog backup holds beyond the catalog itself, its clients and their access grants.</summary>
public sealed record CatalogExportOptions
{
    /// <summary>The access audit log's table, as named in a backup's <see cref="CatalogSnapshot.Tables"/>.</summary>
    public const string AuditLogTable = "access_audit_log";

    public static CatalogExportOptions Default { get; } = new();

    /// <summary>Also write the access audit log: every read of governed data, so often the largest table by far.</summary>
    public bool WithAuditLog { get; init; }
}
