using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>The OAuth clients in the catalog store, shared by every gateway replica.</summary>
public interface IClientStore
{
    /// <summary>Stores a new client; <see cref="CatalogRejectedException"/> when the id is taken.</summary>
    Task CreateClientAsync(ClientRecord client, CancellationToken cancellationToken);

    Task<ClientRecord?> GetClientAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>Every client, revoked ones included, by id.</summary>
    Task<IReadOnlyList<ClientRecord>> ListClientsAsync(CancellationToken cancellationToken);

    /// <summary>Replaces a client's secret hash; <see cref="CatalogRejectedException"/> when there is no such client or it is revoked.</summary>
    Task ReplaceClientSecretAsync(string clientId, string secretHash, CancellationToken cancellationToken);

    /// <summary>Revokes a client (a second revocation keeps the first time); <see cref="CatalogRejectedException"/> when there is no such client.</summary>
    Task<ClientRecord> RevokeClientAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>The ids of the revoked clients: what token validation refuses.</summary>
    Task<IReadOnlyList<string>> ListRevokedClientIdsAsync(CancellationToken cancellationToken);
}
