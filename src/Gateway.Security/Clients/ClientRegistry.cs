using System.Collections.Frozen;
using System.Security.Cryptography;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Security.Authorization;
using Gateway.Security.Jose;

namespace Gateway.Security.Clients;

/// <summary>
/// The registered clients, kept in the catalog store so every gateway replica shares them. Secrets are generated
/// here (32 random bytes), handed out once and stored only as PBKDF2 hashes. Authentication at the token endpoint
/// reads the store; token validation, which runs on every request, asks <see cref="IsActive"/>, answered from the
/// set of revoked ids, which this replica updates at once on its own revocations and reloads from the store when
/// it is older than the refresh interval (so another replica's revocation is seen within that interval).
/// </summary>
public sealed class ClientRegistry
{
    /// <summary>How stale the revoked set may be before a request triggers a reload: 5 seconds.</summary>
    public static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromSeconds(5);

    private readonly IClientStore _store;
    private readonly TimeProvider _time;
    private readonly int _iterations;
    private readonly TimeSpan _refreshInterval;
    private readonly Lazy<string> _unknownClientHash;
    private FrozenSet<string> _revoked = FrozenSet<string>.Empty;
    private long _refreshedAtTicks = long.MinValue;
    private int _refreshing;

    public ClientRegistry(IClientStore store, TimeProvider time, int secretHashIterations = ClientSecretHash.DefaultIterations, TimeSpan? refreshInterval = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _time = time;
        _iterations = secretHashIterations;
        _refreshInterval = refreshInterval ?? DefaultRefreshInterval;
        _unknownClientHash = new Lazy<string>(() => ClientSecretHash.Hash(NewSecret(), _iterations));
    }

    /// <summary>A registry with the revoked set loaded, ready to validate tokens.</summary>
    public static async Task<ClientRegistry> OpenAsync(
        IClientStore store, TimeProvider time, CancellationToken cancellationToken, int secretHashIterations = ClientSecretHash.DefaultIterations, TimeSpan? refreshInterval = null)
    {
        var registry = new ClientRegistry(store, time, secretHashIterations, refreshInterval);
        await registry.RefreshAsync(cancellationToken);
        return registry;
    }

    /// <summary>
    /// Registers a client and returns its secret, which is not kept and cannot be read again. Roles must be
    /// <see cref="GatewayRoles.All"/>; purposes and domains lower-case slugs (<c>fraud-detection</c>).
    /// </summary>
    public async Task<(ClientRegistration Client, string Secret)> RegisterAsync(
        string clientId, IReadOnlyList<string> scopes, IReadOnlyList<string> roles, IReadOnlyList<string> purposes, IReadOnlyList<string> domains,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        CheckRegistration(clientId, scopes, roles, purposes, domains);
        var secret = NewSecret();
        var record = new ClientRecord(clientId, ClientSecretHash.Hash(secret, _iterations), scopes, roles, purposes, domains, _time.GetUtcNow());
        await _store.CreateClientAsync(record, cancellationToken);
        return (ToRegistration(record), secret);
    }

    public async Task<ClientRegistration?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        await _store.GetClientAsync(clientId, cancellationToken) is { } record ? ToRegistration(record) : null;

    public async Task<IReadOnlyList<ClientRegistration>> ListAsync(CancellationToken cancellationToken)
    {
        var records = await _store.ListClientsAsync(cancellationToken);
        var clients = new ClientRegistration[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            clients[i] = ToRegistration(records[i]);
        }

        return clients;
    }

    /// <summary>
    /// The client when <paramref name="secret"/> is its current secret and it is not revoked; otherwise null.
    /// An unknown client costs the same hash as a known one, so timing does not reveal which ids exist.
    /// </summary>
    public async Task<ClientRegistration?> AuthenticateAsync(string clientId, string secret, CancellationToken cancellationToken)
    {
        if (await _store.GetClientAsync(clientId, cancellationToken) is not { } record)
        {
            ClientSecretHash.Verify(secret, _unknownClientHash.Value);
            return null;
        }

        return ClientSecretHash.Verify(secret, record.SecretHash) && !record.IsRevoked ? ToRegistration(record) : null;
    }

    /// <summary>Replaces the client's secret; the old one stops working at once. Returns the new secret.</summary>
    public async Task<string> RotateSecretAsync(string clientId, CancellationToken cancellationToken)
    {
        var secret = NewSecret();
        await _store.ReplaceClientSecretAsync(clientId, ClientSecretHash.Hash(secret, _iterations), cancellationToken);
        return secret;
    }

    /// <summary>Revokes the client: it cannot get tokens, and the tokens it holds stop validating (on other replicas within the refresh interval).</summary>
    public async Task<ClientRegistration> RevokeAsync(string clientId, CancellationToken cancellationToken)
    {
        var record = await _store.RevokeClientAsync(clientId, cancellationToken);
        while (true)
        {
            var current = _revoked;
            if (current.Contains(clientId) || Interlocked.CompareExchange(ref _revoked, [.. current, clientId], current) == current)
            {
                return ToRegistration(record);
            }
        }
    }

    /// <summary>
    /// Whether tokens of the client may still be accepted: false once it is revoked. Never waits for the store: a
    /// stale set starts a reload in the background and this request is answered from the set as it is.
    /// </summary>
    public bool IsActive(string clientId)
    {
        var age = _time.GetUtcNow().UtcTicks - Volatile.Read(ref _refreshedAtTicks);
        if (age > _refreshInterval.Ticks && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            _ = RefreshInBackgroundAsync();
        }

        return !_revoked.Contains(clientId);
    }

    /// <summary>Reloads the revoked ids from the store.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var startedAt = _time.GetUtcNow().UtcTicks;
        var revoked = await _store.ListRevokedClientIdsAsync(cancellationToken);
        Volatile.Write(ref _revoked, revoked.ToFrozenSet(StringComparer.Ordinal));
        Volatile.Write(ref _refreshedAtTicks, startedAt);
    }

    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            await RefreshAsync(CancellationToken.None);
        }
        catch (Exception error) when (error is System.Data.Common.DbException or IOException or InvalidOperationException or TimeoutException)
        {
            // The store is unreachable: keep the last known set and try again on a later request.
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    private static void CheckRegistration(
        string clientId, IReadOnlyList<string> scopes, IReadOnlyList<string> roles, IReadOnlyList<string> purposes, IReadOnlyList<string> domains)
    {
        if (clientId.Length > 200 || clientId.AsSpan().ContainsAny(" \t\r\n:"))
        {
            throw new ArgumentException($"'{clientId}' is not a usable client id: at most 200 characters, no spaces or colons (RFC 6749 section 2.3.1 puts it in a Basic header).");
        }

        foreach (var role in roles)
        {
            if (!GatewayRoles.IsKnown(role))
            {
                throw new ArgumentException($"'{role}' is not a role; the roles are {string.Join(", ", GatewayRoles.All)}.");
            }
        }

        foreach (var scope in scopes)
        {
            // RFC 6749 section 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
            if (scope.Length == 0 || scope.AsSpan().ContainsAnyExceptInRange('\x21', '\x7e') || scope.AsSpan().ContainsAny("\"\\"))
            {
                throw new ArgumentException($"'{scope}' is not a scope token (RFC 6749 section 3.3).");
            }
        }

        foreach (var (kind, values) in new[] { ("purpose", purposes), ("domain", domains) })
        {
            foreach (var value in values)
            {
                if (!Catalog.Documents.Profile.ProductUrn.IsPart(value))
                {
                    throw new ArgumentException($"'{value}' is not a {kind}: lower-case letters, digits and hyphens, starting with a letter (e.g. fraud-detection).");
                }
            }
        }
    }

    private static ClientRegistration ToRegistration(ClientRecord record) =>
        new(record.ClientId, record.SecretHash, record.Scopes, record.Roles, record.Purposes, record.CreatedAt, record.RevokedAt) { Domains = record.Domains };

    private static string NewSecret() => StrictBase64Url.Encode(RandomNumberGenerator.GetBytes(32));
}
