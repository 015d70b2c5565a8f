using System.Collections.Concurrent;
using System.Security.Cryptography;
using Gateway.Security.Jose;

namespace Gateway.Security.Clients;

/// <summary>
/// The registered clients, in memory. Secrets are generated here (32 random bytes), handed out once and kept
/// only as PBKDF2 hashes.
/// </summary>
public sealed class ClientRegistry
{
    private readonly ConcurrentDictionary<string, ClientRegistration> _clients = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly int _iterations;
    private readonly Lazy<string> _unknownClientHash;

    public ClientRegistry(TimeProvider time, int secretHashIterations = ClientSecretHash.DefaultIterations)
    {
        _time = time;
        _iterations = secretHashIterations;
        _unknownClientHash = new Lazy<string>(() => ClientSecretHash.Hash(NewSecret(), _iterations));
    }

    /// <summary>Registers a client and returns its secret, which is not kept and cannot be read again.</summary>
    public (ClientRegistration Client, string Secret) Register(
        string clientId, IReadOnlyList<string> scopes, IReadOnlyList<string> roles, IReadOnlyList<string> purposes)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        var secret = NewSecret();
        var client = new ClientRegistration(clientId, ClientSecretHash.Hash(secret, _iterations), scopes, roles, purposes, _time.GetUtcNow());
        Restore(client);
        return (client, secret);
    }

    /// <summary>Adds a registration read back from storage, its secret hash as it was stored.</summary>
    public void Restore(ClientRegistration client)
    {
        if (!_clients.TryAdd(client.ClientId, client))
        {
            throw new InvalidOperationException($"A client with the id '{client.ClientId}' is already registered.");
        }
    }

    public ClientRegistration? Find(string clientId) => _clients.GetValueOrDefault(clientId);

    public IReadOnlyCollection<ClientRegistration> List() => [.. _clients.Values];

    /// <summary>
    /// The client when <paramref name="secret"/> is its current secret and it is not revoked; otherwise null.
    /// An unknown client costs the same hash as a known one, so timing does not reveal which ids exist.
    /// </summary>
    public ClientRegistration? Authenticate(string clientId, string secret)
    {
        if (!_clients.TryGetValue(clientId, out var client))
        {
            ClientSecretHash.Verify(secret, _unknownClientHash.Value);
            return null;
        }

        return ClientSecretHash.Verify(secret, client.SecretHash) && !client.IsRevoked ? client : null;
    }

    /// <summary>Replaces the client's secret; the old one stops working at once. Returns the new secret.</summary>
    public string RotateSecret(string clientId)
    {
        var secret = NewSecret();
        var hash = ClientSecretHash.Hash(secret, _iterations);
        Update(clientId, client => client with { SecretHash = hash });
        return secret;
    }

    /// <summary>Revokes the client: it cannot get tokens, and the tokens it holds stop validating.</summary>
    public void Revoke(string clientId)
    {
        var now = _time.GetUtcNow();
        Update(clientId, client => client with { RevokedAt = client.RevokedAt ?? now });
    }

    private void Update(string clientId, Func<ClientRegistration, ClientRegistration> change)
    {
        while (true)
        {
            if (!_clients.TryGetValue(clientId, out var current))
            {
                throw new KeyNotFoundException($"No client with the id '{clientId}' is registered.");
            }

            if (_clients.TryUpdate(clientId, change(current), current))
            {
                return;
            }
        }
    }

    private static string NewSecret() => StrictBase64Url.Encode(RandomNumberGenerator.GetBytes(32));
}
