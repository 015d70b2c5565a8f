using System.Data.Common;
using System.Text;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// The access audit log: batches inserted with multi-row statements in one transaction; a product's entries read
/// newest first by keyset (<c>id &lt; @before ORDER BY id DESC</c> on the (product, id) index), so a page costs the
/// same however deep it is.
/// </summary>
public abstract partial class SqlCatalogStore : IAccessAuditStore
{
    private const int AuditColumnsPerRow = 9;

    public async Task AppendAuditEntriesAsync(IReadOnlyList<AuditLogEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var rowsPerStatement = Math.Max(1, Math.Min(RestoreRowsPerStatement, 100));
        for (var start = 0; start < entries.Count; start += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, entries.Count - start);
            await using var command = AuditInsert(connection, transaction, entries, start, count);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<AuditLogPage> ListAuditEntriesAsync(ProductUrn product, int first, long? before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        const string Columns = "id, at, client_id, purpose, product_urn, operation_name, allowed_fields, masked_fields, denied_fields, rejected";
        var rows = before is { } cursor
            ? await QueryAsync($"SELECT {Columns} FROM access_audit_log WHERE product_urn = @urn AND id < @before ORDER BY id DESC LIMIT @limit",
                ReadAuditEntry, cancellationToken, ("@urn", product.ToString()), ("@before", cursor), ("@limit", (long)first + 1))
            : await QueryAsync($"SELECT {Columns} FROM access_audit_log WHERE product_urn = @urn ORDER BY id DESC LIMIT @limit",
                ReadAuditEntry, cancellationToken, ("@urn", product.ToString()), ("@limit", (long)first + 1));
        return rows.Count > first ? new AuditLogPage([.. rows.Take(first)], HasMore: true) : new AuditLogPage(rows, HasMore: false);
    }

    private static DbCommand AuditInsert(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditLogEntry> entries, int start, int count)
    {
        var sql = new StringBuilder(
            "INSERT INTO access_audit_log (at, client_id, purpose, product_urn, operation_name, allowed_fields, masked_fields, denied_fields, rejected) VALUES ");
        var parameters = new (string Name, object? Value)[count * AuditColumnsPerRow];
        for (var row = 0; row < count; row++)
        {
            var entry = entries[start + row];
            var p = row * AuditColumnsPerRow;
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < AuditColumnsPerRow; column++)
            {
                sql.Append(column == 0 ? "@p" : ", @p").Append(p + column);
            }

            sql.Append(')');
            parameters[p] = ("@p" + p, Timestamp(entry.At));
            parameters[p + 1] = ("@p" + (p + 1), entry.ClientId);
            parameters[p + 2] = ("@p" + (p + 2), entry.Purpose);
            parameters[p + 3] = ("@p" + (p + 3), entry.Product.ToString());
            parameters[p + 4] = ("@p" + (p + 4), entry.OperationName);
            parameters[p + 5] = ("@p" + (p + 5), JsonList(entry.AllowedFields));
            parameters[p + 6] = ("@p" + (p + 6), JsonList(entry.MaskedFields));
            parameters[p + 7] = ("@p" + (p + 7), JsonList(entry.DeniedFields));
            parameters[p + 8] = ("@p" + (p + 8), entry.Rejected ? 1L : 0L);
        }

        return SqlCommands.Create(connection, transaction, sql.ToString(), parameters);
    }

    private static AuditLogEntry ReadAuditEntry(DbDataReader reader) => new(
        reader.GetInt64(0),
        ParseTimestamp(reader.GetString(1)),
        NullableString(reader, 2),
        NullableString(reader, 3),
        ProductUrn.Parse(reader.GetString(4)),
        NullableString(reader, 5),
        ParseJsonList(reader.GetString(6)),
        ParseJsonList(reader.GetString(7)),
        ParseJsonList(reader.GetString(8)),
        reader.GetInt64(9) != 0);
}
