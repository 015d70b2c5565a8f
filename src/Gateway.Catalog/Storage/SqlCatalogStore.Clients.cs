using System.Data.Common;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>The OAuth clients: created once, their secret replaced, revoked; never deleted, so a revoked id stays refused.</summary>
public abstract partial class SqlCatalogStore : IClientStore
{
    private const string ClientColumns = "client_id, secret_hash, scopes, roles, purposes, domains, created_at, revoked_at";

    public async Task CreateClientAsync(ClientRecord client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        try
        {
            await SqlCommands.ExecuteAsync(connection, null, $"""
                INSERT INTO clients ({ClientColumns})
                VALUES (@id, @hash, @scopes, @roles, @purposes, @domains, @created, @revoked)
                """, cancellationToken,
                ("@id", client.ClientId), ("@hash", client.SecretHash), ("@scopes", JsonList(client.Scopes)), ("@roles", JsonList(client.Roles)),
                ("@purposes", JsonList(client.Purposes)), ("@domains", JsonList(client.Domains)), ("@created", Timestamp(client.CreatedAt)),
                ("@revoked", client.RevokedAt is { } revoked ? Timestamp(revoked) : null));
        }
        catch (DbException error) when (IsUniqueViolation(error))
        {
            throw new CatalogRejectedException($"A client with the id '{client.ClientId}' already exists; choose another id, or rotate its secret.");
        }
    }

    public async Task<ClientRecord?> GetClientAsync(string clientId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync($"SELECT {ClientColumns} FROM clients WHERE client_id = @id", ReadClient, cancellationToken, ("@id", clientId));
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<ClientRecord>> ListClientsAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {ClientColumns} FROM clients ORDER BY client_id", ReadClient, cancellationToken);

    public async Task ReplaceClientSecretAsync(string clientId, string secretHash, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        if (await SqlCommands.ExecuteAsync(connection, null, "UPDATE clients SET secret_hash = @hash WHERE client_id = @id AND revoked_at IS NULL",
                cancellationToken, ("@hash", secretHash), ("@id", clientId)) == 0)
        {
            throw new CatalogRejectedException($"No active client has the id '{clientId}'; 'gateway client list' shows the clients.");
        }
    }

    public async Task<ClientRecord> RevokeClientAsync(string clientId, CancellationToken cancellationToken)
    {
        await using (var connection = await OpenConnectionAsync(cancellationToken))
        {
            await SqlCommands.ExecuteAsync(connection, null, "UPDATE clients SET revoked_at = @at WHERE client_id = @id AND revoked_at IS NULL",
                cancellationToken, ("@at", Timestamp(Now())), ("@id", clientId));
        }

        return await GetClientAsync(clientId, cancellationToken)
            ?? throw new CatalogRejectedException($"No client has the id '{clientId}'; 'gateway client list' shows the clients.");
    }

    public Task<IReadOnlyList<string>> ListRevokedClientIdsAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT client_id FROM clients WHERE revoked_at IS NOT NULL", static reader => reader.GetString(0), cancellationToken);

    private static ClientRecord ReadClient(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        ParseJsonList(reader.GetString(2)),
        ParseJsonList(reader.GetString(3)),
        ParseJsonList(reader.GetString(4)),
        ParseJsonList(reader.GetString(5)),
        ParseTimestamp(reader.GetString(6)),
        reader.IsDBNull(7) ? null : ParseTimestamp(reader.GetString(7)));
}
