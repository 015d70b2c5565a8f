using System.Data.Common;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>The shared token signing keys (migration 8): added by generation, deleted once retired long enough.</summary>
public abstract partial class SqlCatalogStore : ISigningKeyStore
{
    private const string SigningKeyColumns = "generation, kid, sealed_private_key, activates_at, created_at";

    public Task<IReadOnlyList<StoredSigningKey>> ListSigningKeysAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {SigningKeyColumns} FROM signing_keys ORDER BY generation", ReadSigningKey, cancellationToken);

    public async Task<bool> TryAddSigningKeyAsync(StoredSigningKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        try
        {
            await SqlCommands.ExecuteAsync(connection, null, $"""
                INSERT INTO signing_keys ({SigningKeyColumns}) VALUES (@generation, @kid, @key, @activates, @created)
                """, cancellationToken,
                ("@generation", key.Generation), ("@kid", key.KeyId), ("@key", key.SealedPrivateKey),
                ("@activates", Timestamp(key.ActivatesAt)), ("@created", Timestamp(key.CreatedAt)));
            return true;
        }
        catch (DbException error) when (IsUniqueViolation(error))
        {
            return false;
        }
    }

    public async Task<int> DeleteSigningKeysBeforeAsync(long generation, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await SqlCommands.ExecuteAsync(connection, null, "DELETE FROM signing_keys WHERE generation < @generation", cancellationToken, ("@generation", generation));
    }

    private static StoredSigningKey ReadSigningKey(DbDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), ParseTimestamp(reader.GetString(3)), ParseTimestamp(reader.GetString(4)));
}
