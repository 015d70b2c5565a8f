using System.Data.Common;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// Access grants. A decision is one <c>UPDATE ... WHERE status = 'pending'</c> (a revocation, <c>= 'approved'</c>):
/// the row count says whether this writer moved the grant, so concurrent deciders cannot both succeed on either store.
/// </summary>
public abstract partial class SqlCatalogStore : IAccessGrantStore
{
    private const string GrantColumns =
        "id, client_id, product_urn, purpose, justification, requested_at, status, decided_by, decided_at, expires_at, reason, revoked_by, revoked_at";

    public async Task<AccessGrant> RequestGrantAsync(AccessGrantRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = Now();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        try
        {
            var active = await SqlCommands.ScalarAsync(connection, transaction, """
                SELECT id FROM access_grants
                WHERE client_id = @client AND product_urn = @urn AND purpose = @purpose
                  AND (status = 'pending' OR (status = 'approved' AND (expires_at IS NULL OR expires_at > @now)))
                LIMIT 1
                """, cancellationToken,
                ("@client", request.ClientId), ("@urn", request.Product.ToString()), ("@purpose", request.Purpose), ("@now", Timestamp(now)));
            if (active is not null)
            {
                throw DuplicateRequest(request);
            }

            var id = (long)(await SqlCommands.ScalarAsync(connection, transaction, """
                INSERT INTO access_grants (client_id, product_urn, purpose, justification, requested_at, status)
                VALUES (@client, @urn, @purpose, @justification, @at, 'pending') RETURNING id
                """, cancellationToken,
                ("@client", request.ClientId), ("@urn", request.Product.ToString()), ("@purpose", request.Purpose),
                ("@justification", request.Justification), ("@at", Timestamp(now))))!;
            await transaction.CommitAsync(cancellationToken);
            return new AccessGrant(id, request.ClientId, request.Product, request.Purpose, request.Justification, ParseTimestamp(Timestamp(now)),
                AccessGrantStatus.Pending, null, null, null, null, null, null);
        }
        catch (DbException error) when (IsUniqueViolation(error))
        {
            throw DuplicateRequest(request);
        }
    }

    public async Task<AccessGrant?> GetGrantAsync(long id, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync($"SELECT {GrantColumns} FROM access_grants WHERE id = @id", ReadGrant, cancellationToken, ("@id", id));
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<AccessGrant> ApproveGrantAsync(long id, string decidedBy, DateTimeOffset? expiresAt, CancellationToken cancellationToken) =>
        MoveGrantAsync(id, AccessGrantStatus.Pending, """
            UPDATE access_grants SET status = 'approved', decided_by = @by, decided_at = @now, expires_at = @expires
            WHERE id = @id AND status = 'pending'
            """, cancellationToken, ("@by", decidedBy), ("@expires", expiresAt is { } expires ? Timestamp(expires) : null));

    public Task<AccessGrant> RejectGrantAsync(long id, string decidedBy, string reason, CancellationToken cancellationToken) =>
        MoveGrantAsync(id, AccessGrantStatus.Pending, """
            UPDATE access_grants SET status = 'rejected', decided_by = @by, decided_at = @now, reason = @reason
            WHERE id = @id AND status = 'pending'
            """, cancellationToken, ("@by", decidedBy), ("@reason", reason));

    public Task<AccessGrant> RevokeGrantAsync(long id, string revokedBy, string? reason, CancellationToken cancellationToken) =>
        MoveGrantAsync(id, AccessGrantStatus.Approved, """
            UPDATE access_grants SET status = 'revoked', revoked_by = @by, revoked_at = @now, reason = COALESCE(@reason, reason)
            WHERE id = @id AND status = 'approved'
            """, cancellationToken, ("@by", revokedBy), ("@reason", reason));

    public Task<IReadOnlyList<AccessGrant>> ListClientGrantsAsync(string clientId, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {GrantColumns} FROM access_grants WHERE client_id = @client ORDER BY id DESC", ReadGrant, cancellationToken, ("@client", clientId));

    public Task<IReadOnlyList<AccessGrant>> ListProductGrantsAsync(ProductUrn product, AccessGrantStatus? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(product);
        return status is { } only
            ? QueryAsync($"SELECT {GrantColumns} FROM access_grants WHERE product_urn = @urn AND status = @status ORDER BY id DESC", ReadGrant, cancellationToken,
                ("@urn", product.ToString()), ("@status", GrantStatusName(only)))
            : QueryAsync($"SELECT {GrantColumns} FROM access_grants WHERE product_urn = @urn ORDER BY id DESC", ReadGrant, cancellationToken,
                ("@urn", product.ToString()));
    }

    public Task<IReadOnlyList<AccessGrant>> ListActiveGrantsAsync(string clientId, DateTimeOffset now, CancellationToken cancellationToken) =>
        QueryAsync($"""
            SELECT {GrantColumns} FROM access_grants
            WHERE client_id = @client AND status = 'approved' AND (expires_at IS NULL OR expires_at > @now)
            ORDER BY id DESC
            """, ReadGrant, cancellationToken, ("@client", clientId), ("@now", Timestamp(now)));

    private async Task<AccessGrant> MoveGrantAsync(
        long id, AccessGrantStatus from, string update, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        int moved;
        await using (var connection = await OpenConnectionAsync(cancellationToken))
        {
            moved = await SqlCommands.ExecuteAsync(connection, null, update, cancellationToken, [("@id", id), ("@now", Timestamp(Now())), .. parameters]);
        }

        var grant = await GetGrantAsync(id, cancellationToken) ?? throw new CatalogRejectedException($"There is no access grant {id}.");
        if (moved == 0)
        {
            throw new CatalogRejectedException(
                $"Access grant {id} is {GrantStatusName(grant.Status)}, not {GrantStatusName(from)}; only a {GrantStatusName(from)} grant can be {(from == AccessGrantStatus.Pending ? "approved or rejected" : "revoked")}.");
        }

        return grant;
    }

    private static CatalogRejectedException DuplicateRequest(AccessGrantRequest request) =>
        new($"Client '{request.ClientId}' already has a pending or active grant on {request.Product} for the purpose '{request.Purpose}'.");

    private static string GrantStatusName(AccessGrantStatus status) => status switch
    {
        AccessGrantStatus.Pending => "pending",
        AccessGrantStatus.Approved => "approved",
        AccessGrantStatus.Rejected => "rejected",
        _ => "revoked",
    };

    private static AccessGrantStatus ParseGrantStatus(string text) => text switch
    {
        "pending" => AccessGrantStatus.Pending,
        "approved" => AccessGrantStatus.Approved,
        "rejected" => AccessGrantStatus.Rejected,
        _ => AccessGrantStatus.Revoked,
    };

    private static DateTimeOffset? NullableTimestamp(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ParseTimestamp(reader.GetString(ordinal));

    private static AccessGrant ReadGrant(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        ProductUrn.Parse(reader.GetString(2)),
        reader.GetString(3),
        reader.GetString(4),
        ParseTimestamp(reader.GetString(5)),
        ParseGrantStatus(reader.GetString(6)),
        NullableString(reader, 7),
        NullableTimestamp(reader, 8),
        NullableTimestamp(reader, 9),
        NullableString(reader, 10),
        NullableString(reader, 11),
        NullableTimestamp(reader, 12));
}
