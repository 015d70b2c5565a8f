using System.Collections.Concurrent;
using Gateway.Catalog.Storage;
using Gateway.Security.Policies;

namespace Gateway.Security.Grants;

/// <summary>
/// A client's active grants from the catalog store, for the field access policy. Asked on every request, so each
/// client's grants are kept for a short time (default 5 seconds): a decision made on this replica is seen at once
/// (<see cref="Forget"/>), one made on another within that time.
/// </summary>
public sealed class StoredAccessGrantReader : IAccessGrantReader
{
    public static readonly TimeSpan DefaultCacheDuration = TimeSpan.FromSeconds(5);

    private readonly IAccessGrantStore _store;
    private readonly TimeSpan _cacheDuration;
    private readonly ConcurrentDictionary<string, CachedGrants> _cache = new(StringComparer.Ordinal);

    public StoredAccessGrantReader(IAccessGrantStore store, TimeSpan? cacheDuration = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _cacheDuration = cacheDuration ?? DefaultCacheDuration;
    }

    public async Task<IReadOnlyList<ActiveGrant>> ListActiveGrantsAsync(string clientId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(clientId, out var cached) && now < cached.ReadAt + _cacheDuration)
        {
            return StillActive(cached.Grants, now);
        }

        var stored = await _store.ListActiveGrantsAsync(clientId, now, cancellationToken);
        var grants = new ActiveGrant[stored.Count];
        for (var i = 0; i < stored.Count; i++)
        {
            grants[i] = new ActiveGrant(stored[i].Product.ToString(), stored[i].Purpose, stored[i].ExpiresAt);
        }

        _cache[clientId] = new CachedGrants(grants, now);
        return grants;
    }

    /// <summary>Drops the client's cached grants, after a decision on one of them.</summary>
    public void Forget(string clientId) => _cache.TryRemove(clientId, out _);

    /// <summary>The cached grants without those that expired since they were read (no copy when none did).</summary>
    private static IReadOnlyList<ActiveGrant> StillActive(ActiveGrant[] grants, DateTimeOffset now)
    {
        foreach (var grant in grants)
        {
            if (grant.ExpiresAt is { } expires && expires <= now)
            {
                return Array.FindAll(grants, candidate => candidate.ExpiresAt is not { } at || at > now);
            }
        }

        return grants;
    }

    private sealed record CachedGrants(ActiveGrant[] Grants, DateTimeOffset ReadAt);
}
