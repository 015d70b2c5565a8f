using System.Data.Common;
using System.Globalization;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// The subgraph registry's writes: each change of a subgraph is stored with the supergraph composed from it, in
/// one transaction, under the next supergraph version. The version is the table's primary key, so two writers
/// that read the same version cannot both store the next one: the second fails on the key (or on the version
/// check, once the first has committed) and composes again from what the first stored.
/// </summary>
public abstract partial class SqlCatalogStore
{
    public Task<StoredSupergraph> SaveSubgraphAsync(SubgraphRegistration registration, string supergraphSdl, long expectedSupergraphVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return WriteSupergraphAsync(
            async (connection, transaction, now) =>
            {
                if (await SqlCommands.ScalarAsync(connection, transaction, "SELECT product_urn FROM subgraphs WHERE name = @name AND product_urn <> @urn",
                        cancellationToken, ("@name", registration.Name), ("@urn", registration.Product.ToString())) is string owner)
                {
                    throw new CatalogRejectedException($"The subgraph name '{registration.Name}' is registered by {owner}; choose another name or register it for that product.");
                }

                await UpsertSubgraphAsync(connection, transaction, registration with { UpdatedAt = now }, cancellationToken);
            },
            supergraphSdl,
            $"register {registration.Name}",
            expectedSupergraphVersion,
            cancellationToken);
    }

    public Task<StoredSupergraph> RemoveSubgraphAsync(string name, string supergraphSdl, long expectedSupergraphVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return WriteSupergraphAsync(
            async (connection, transaction, _) =>
            {
                if (await SqlCommands.ExecuteAsync(connection, transaction, "DELETE FROM subgraphs WHERE name = @name", cancellationToken, ("@name", name)) == 0)
                {
                    throw new CatalogRejectedException($"No subgraph is registered as '{name}'; 'gateway subgraph list' shows the registered names.");
                }
            },
            supergraphSdl,
            $"remove {name}",
            expectedSupergraphVersion,
            cancellationToken);
    }

    public async Task<StoredSupergraph?> GetLatestSupergraphAsync(CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            "SELECT version, sdl, change, created_at FROM supergraphs ORDER BY version DESC LIMIT 1",
            static reader => new StoredSupergraph(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), ParseTimestamp(reader.GetString(3))),
            cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<long> GetLatestSupergraphVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return Convert.ToInt64(
            await SqlCommands.ScalarAsync(connection, null, "SELECT COALESCE(MAX(version), 0) FROM supergraphs", cancellationToken),
            CultureInfo.InvariantCulture);
    }

    private async Task<StoredSupergraph> WriteSupergraphAsync(
        Func<DbConnection, DbTransaction, DateTimeOffset, Task> changeSubgraph,
        string supergraphSdl,
        string change,
        long expectedSupergraphVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(supergraphSdl);
        var now = Now();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        try
        {
            await CheckSupergraphVersionAsync(connection, transaction, expectedSupergraphVersion, cancellationToken);
            await changeSubgraph(connection, transaction, now);
            await StepAsync("subgraph", cancellationToken);
            var stored = await InsertSupergraphAsync(connection, transaction, supergraphSdl, change, expectedSupergraphVersion, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return stored;
        }
        catch (DbException error) when (IsUniqueViolation(error))
        {
            // Two writers read the same version; the one that committed first holds the key.
            throw StaleSupergraph(expectedSupergraphVersion, null, error);
        }
    }

    /// <summary>Fails with <see cref="CatalogConflictException"/> when the newest stored supergraph is not <paramref name="expectedSupergraphVersion"/>.</summary>
    private static async Task CheckSupergraphVersionAsync(DbConnection connection, DbTransaction transaction, long expectedSupergraphVersion, CancellationToken cancellationToken)
    {
        var latest = Convert.ToInt64(
            await SqlCommands.ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM supergraphs", cancellationToken),
            CultureInfo.InvariantCulture);
        if (latest != expectedSupergraphVersion)
        {
            throw StaleSupergraph(expectedSupergraphVersion, latest);
        }
    }

    /// <summary>
    /// Stores <paramref name="supergraphSdl"/> as version <paramref name="expectedSupergraphVersion"/> + 1 with its outbox
    /// event; the version's primary key fails the insert when another writer stored that version first.
    /// </summary>
    private async Task<StoredSupergraph> InsertSupergraphAsync(
        DbConnection connection, DbTransaction transaction, string supergraphSdl, string change, long expectedSupergraphVersion, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var version = expectedSupergraphVersion + 1;
        await SqlCommands.ExecuteAsync(connection, transaction,
            "INSERT INTO supergraphs (version, sdl, change, created_at) VALUES (@version, @sdl, @change, @at)", cancellationToken,
            ("@version", version), ("@sdl", supergraphSdl), ("@change", change), ("@at", Timestamp(now)));
        await SqlCommands.ExecuteAsync(connection, transaction,
            "INSERT INTO outbox_events (kind, subject, payload, created_at) VALUES (@kind, @subject, @payload, @at)", cancellationToken,
            ("@kind", "supergraph.published"), ("@subject", version.ToString(CultureInfo.InvariantCulture)), ("@payload", change), ("@at", Timestamp(now)));
        await StepAsync("supergraph", cancellationToken);
        return new StoredSupergraph(version, supergraphSdl, change, ParseTimestamp(Timestamp(now)));
    }

    /// <summary>Inserts or replaces a subgraph row (publishing a product writes its subgraph the same way).</summary>
    private static Task<int> UpsertSubgraphAsync(DbConnection connection, DbTransaction transaction, SubgraphRegistration registration, CancellationToken cancellationToken) =>
        SqlCommands.ExecuteAsync(connection, transaction, """
            INSERT INTO subgraphs (name, url, sdl, owner_domain, product_urn, version, status, updated_at)
            VALUES (@name, @url, @sdl, @domain, @urn, @version, @status, @at)
            ON CONFLICT (name) DO UPDATE SET url = excluded.url, sdl = excluded.sdl, owner_domain = excluded.owner_domain,
                product_urn = excluded.product_urn, version = excluded.version, status = excluded.status, updated_at = excluded.updated_at
            """, cancellationToken,
            ("@name", registration.Name), ("@url", registration.Url.ToString()), ("@sdl", registration.Sdl), ("@domain", registration.OwnerDomain),
            ("@urn", registration.Product.ToString()), ("@version", registration.Version.ToString()), ("@status", SubgraphStatusName(registration.Status)),
            ("@at", Timestamp(registration.UpdatedAt)));

    private static CatalogConflictException StaleSupergraph(long expected, long? actual, Exception? inner = null) =>
        new(actual is { } now
            ? $"The supergraph is at version {now}, the change expected {expected}: another change was stored first. Compose again from the stored subgraphs and retry."
            : $"Another change stored supergraph version {expected + 1} first. Compose again from the stored subgraphs and retry.",
            inner);
}
