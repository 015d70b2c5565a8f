using System.Text.Json;
using Gateway.Security.Jose;

namespace Gateway.Security.Tokens;

/// <summary>
/// An external issuer's keys, found through its discovery document (RFC 8414 section 3; OpenID Connect
/// Discovery section 4) and its "jwks_uri", cached, and fetched again at most once per
/// <see cref="MinimumRefreshInterval"/> when a token names an unknown "kid", so a flood of forged kids cannot
/// turn the gateway into a load generator against the provider.
/// </summary>
public sealed class RemoteKeySet
{
    private readonly HttpClient _http;
    private readonly Uri _discovery;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile JsonWebKeySet _current = new([]);
    private DateTimeOffset _lastFetch = DateTimeOffset.MinValue;

    public RemoteKeySet(HttpClient http, string issuer, TimeProvider time, Uri? discovery = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        _http = http;
        Issuer = issuer;
        _time = time;
        // RFC 8414 section 3.1 inserts the well-known segment before any path; OpenID Connect Discovery appends it.
        // The OpenID form is what most providers serve, so it is the default.
        _discovery = discovery ?? new Uri(issuer.TrimEnd('/') + "/.well-known/openid-configuration");
    }

    public string Issuer { get; }

    /// <summary>The keys last fetched; empty until <see cref="RefreshAsync"/> has run once.</summary>
    public JsonWebKeySet Current => _current;

    public TimeSpan MinimumRefreshInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Fetches the discovery document and the key set now. The document's "issuer" must equal the configured
    /// one exactly (RFC 8414 section 3.3; OpenID Connect Discovery section 4.3), or the keys are not trusted.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            await FetchAsync(cancellationToken);
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Fetches again if the last fetch is older than the minimum interval; true when a fetch ran.</summary>
    public async Task<bool> RefreshIfAllowedAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_time.GetUtcNow() < _lastFetch + MinimumRefreshInterval)
            {
                return false;
            }

            await FetchAsync(cancellationToken);
            return true;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task FetchAsync(CancellationToken cancellationToken)
    {
        _lastFetch = _time.GetUtcNow();
        using var metadata = JsonDocument.Parse(await _http.GetStringAsync(_discovery, cancellationToken));
        var root = metadata.RootElement;
        if (!root.TryGetProperty("issuer", out var issuer) || issuer.ValueKind != JsonValueKind.String || issuer.GetString() != Issuer)
        {
            throw new InvalidOperationException($"The discovery document at {_discovery} does not name the issuer '{Issuer}' (RFC 8414 section 3.3).");
        }

        if (!root.TryGetProperty("jwks_uri", out var jwksUri) || jwksUri.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(jwksUri.GetString(), UriKind.Absolute, out var keysLocation))
        {
            throw new InvalidOperationException($"The discovery document at {_discovery} has no absolute jwks_uri.");
        }

        _current = JsonWebKeySet.Parse(await _http.GetStringAsync(keysLocation, cancellationToken));
    }
}
