using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>A page of a product's audit log, newest first; <see cref="HasMore"/> when older entries follow the last one.</summary>
public sealed record AuditLogPage(IReadOnlyList<AuditLogEntry> Entries, bool HasMore);
