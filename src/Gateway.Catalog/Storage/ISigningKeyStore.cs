using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// The token signing keys the gateway replicas share. Adding a key names its generation; two replicas rotating at
/// once both try the same generation and only one succeeds, so a rotation never forks.
/// </summary>
public interface ISigningKeyStore
{
    /// <summary>Every stored key, oldest generation first.</summary>
    Task<IReadOnlyList<StoredSigningKey>> ListSigningKeysAsync(CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="key"/>; false when another key already holds its generation (another replica rotated first).</summary>
    Task<bool> TryAddSigningKeyAsync(StoredSigningKey key, CancellationToken cancellationToken);

    /// <summary>Deletes the keys of generations below <paramref name="generation"/>: retired keys whose tokens have all expired.</summary>
    Task<int> DeleteSigningKeysBeforeAsync(long generation, CancellationToken cancellationToken);
}
