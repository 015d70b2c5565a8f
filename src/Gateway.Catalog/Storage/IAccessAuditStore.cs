using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>The access audit log in the catalog store: appended in batches, read per product newest first with keyset paging.</summary>
public interface IAccessAuditStore
{
    /// <summary>Stores the entries in one transaction (their <see cref="AuditLogEntry.Id"/> is ignored and given by the store).</summary>
    Task AppendAuditEntriesAsync(IReadOnlyList<AuditLogEntry> entries, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="first"/> entries of the product older than the entry <paramref name="before"/> (null: the newest).</summary>
    Task<AuditLogPage> ListAuditEntriesAsync(ProductUrn product, int first, long? before, CancellationToken cancellationToken);
}
