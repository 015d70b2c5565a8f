using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// Access grants in the catalog store. Each decision moves a grant from the one state it may leave (pending to
/// approved or rejected, approved to revoked) in one conditional update, so two owners deciding at once cannot
/// both win; the loser gets <see cref="CatalogRejectedException"/>.
/// </summary>
public interface IAccessGrantStore
{
    /// <summary>
    /// Stores a pending request; <see cref="CatalogRejectedException"/> when the client already has a pending or
    /// active grant on the product for the purpose.
    /// </summary>
    Task<AccessGrant> RequestGrantAsync(AccessGrantRequest request, CancellationToken cancellationToken);

    Task<AccessGrant?> GetGrantAsync(long id, CancellationToken cancellationToken);

    /// <summary>Approves a pending grant until <paramref name="expiresAt"/> (null: until revoked).</summary>
    Task<AccessGrant> ApproveGrantAsync(long id, string decidedBy, DateTimeOffset? expiresAt, CancellationToken cancellationToken);

    Task<AccessGrant> RejectGrantAsync(long id, string decidedBy, string reason, CancellationToken cancellationToken);

    /// <summary>Revokes an approved grant.</summary>
    Task<AccessGrant> RevokeGrantAsync(long id, string revokedBy, string? reason, CancellationToken cancellationToken);

    /// <summary>A client's grants in every state, newest first.</summary>
    Task<IReadOnlyList<AccessGrant>> ListClientGrantsAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>A product's grants, newest first, only those in <paramref name="status"/> when given.</summary>
    Task<IReadOnlyList<AccessGrant>> ListProductGrantsAsync(ProductUrn product, AccessGrantStatus? status, CancellationToken cancellationToken);

    /// <summary>A client's approved grants not expired at <paramref name="now"/>: what the field access policy reads.</summary>
    Task<IReadOnlyList<AccessGrant>> ListActiveGrantsAsync(string clientId, DateTimeOffset now, CancellationToken cancellationToken);
}
