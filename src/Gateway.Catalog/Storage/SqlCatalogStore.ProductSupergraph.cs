using System.Data.Common;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// Product writes stored with the supergraph they produce (<see cref="IProductSupergraphStore"/>). The supergraph
/// version is checked first, so a stale writer fails before it writes anything; a writer that passed the check at
/// the same time as another (PostgreSQL's read committed) fails on the version's primary key when it inserts.
/// </summary>
public abstract partial class SqlCatalogStore : IProductSupergraphStore
{
    public Task<ProductSupergraphReceipt> PublishWithSupergraphAsync(
        ProductPublication publication, long expectedRevision, string supergraphSdl, long expectedSupergraphVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return WriteWithSupergraphAsync(
            (connection, transaction) => PublishProductAsync(connection, transaction, publication, expectedRevision, cancellationToken),
            supergraphSdl,
            $"publish {publication.Urn} {publication.Version}",
            expectedSupergraphVersion,
            cancellationToken);
    }

    public Task<ProductSupergraphReceipt> ChangeLifecycleWithSupergraphAsync(
        LifecycleChange change, long expectedRevision, string supergraphSdl, long expectedSupergraphVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return WriteWithSupergraphAsync(
            (connection, transaction) => ChangeProductLifecycleAsync(connection, transaction, change, expectedRevision, cancellationToken),
            supergraphSdl,
            $"{Lifecycle.Name(change.To)} {change.Urn}",
            expectedSupergraphVersion,
            cancellationToken);
    }

    public async Task<string?> GetVersionSubgraphSdlAsync(ProductUrn urn, SemanticVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urn);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await SqlCommands.ScalarAsync(connection, null, "SELECT subgraph_sdl FROM product_versions WHERE product_urn = @urn AND version = @version",
            cancellationToken, ("@urn", urn.ToString()), ("@version", version.ToString())) as string;
    }

    private Task<ProductSupergraphReceipt> WriteWithSupergraphAsync(
        Func<DbConnection, DbTransaction, Task<PublishReceipt>> writeProduct,
        string supergraphSdl,
        string change,
        long expectedSupergraphVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(supergraphSdl);
        return InWriteTransactionAsync(
            async (connection, transaction) =>
            {
                await CheckSupergraphVersionAsync(connection, transaction, expectedSupergraphVersion, cancellationToken);
                var product = await writeProduct(connection, transaction);
                try
                {
                    return new ProductSupergraphReceipt(
                        product, await InsertSupergraphAsync(connection, transaction, supergraphSdl, change, expectedSupergraphVersion, Now(), cancellationToken));
                }
                catch (DbException error) when (IsUniqueViolation(error))
                {
                    throw StaleSupergraph(expectedSupergraphVersion, null, error);
                }
            },
            cancellationToken);
    }

    /// <summary>Runs <paramref name="write"/> in one write transaction on its own connection and commits it; an exception rolls everything back.</summary>
    private async Task<T> InWriteTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var result = await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
