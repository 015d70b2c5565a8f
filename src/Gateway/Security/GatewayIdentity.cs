using System.Security.Cryptography;
using Gateway.Catalog.Storage;
using Gateway.Security.Audit;
using Gateway.Security.Authentication;
using Gateway.Security.Authorization;
using Gateway.Security.Clients;
using Gateway.Security.Endpoints;
using Gateway.Security.Grants;
using Gateway.Security.Jose;
using Gateway.Security.Masking;
using Gateway.Security.Policies;
using Gateway.Security.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Security;

/// <summary>
/// Identity as <c>gateway serve</c> runs it, over the catalog store: the token service (client credentials at
/// <c>/oauth/token</c>, discovery and JWKS) signing with the key ring kept in the data directory, or with a
/// key-encryption key in the catalog store, shared by the replicas, either rotated on schedule; bearer
/// authentication on every request (no token: anonymous; a refused token: 401 with the reason in
/// <c>WWW-Authenticate</c>, RFC 6750 section 3.1); trusted external issuers; the clients, grants and audit log
/// in the store; and the per-client rate limit. The field access policy finds the grant reader and the audit sink
/// as the services <see cref="IAccessGrantReader"/> and <see cref="IAccessAuditSink"/>.
/// </summary>
public sealed class GatewayIdentity : IAsyncDisposable
{
    public const string SigningKeyFileName = "signing-keys.json";
    public const string SigningKeyPasswordFileName = "signing-keys.password";

    /// <summary>The keyed-hash mask's secret in the data directory, so pseudonyms stay the same across restarts.</summary>
    public const string MaskingKeyFileName = "masking-key";

    /// <summary>The environment variable holding the signing key file's password; without it a random one is kept beside the file.</summary>
    public const string SigningKeyPasswordVariable = "GATEWAY_SIGNING_KEY_PASSWORD";

    // RFC 7519 leaves the skew to the application; a minute covers ordinary clock drift between hosts.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(60);

    private readonly HttpClient? _http;
    private readonly TimeProvider _time;
    private SigningKeyRotationLoop? _rotationLoop;

    private GatewayIdentity(
        IdentitySettings settings, ICatalogStore store, ClientRegistry clients, ISigningKeyRotation signingKeys, AccessTokenIssuer issuer, string audience,
        IReadOnlyList<TrustedIssuer> external, TimeProvider time, HttpClient? http)
    {
        Settings = settings;
        SigningKeys = signingKeys;
        Store = store;
        Clients = clients;
        Issuer = issuer;
        TokenService = new TokenService(issuer, clients, audience);
        Validator = TokenService.CreateValidator(time, [.. external]);
        var grants = (IAccessGrantStore)store;
        GrantReader = new StoredAccessGrantReader(grants, settings.GrantCacheDuration);
        Audit = new AccessAuditQueue((IAccessAuditStore)store);
        Workflow = new AccessGrantWorkflow(store, grants, time, GrantReader);
        AuditLog = new AccessAuditLog(store, (IAccessAuditStore)store);
        Actors = new CatalogActorResolver(clients, issuer.Issuer);
        _http = http;
        _time = time;
    }

    /// <summary>Where the signing keys are kept (the data directory's file, or the catalog store) and how they rotate.</summary>
    public ISigningKeyRotation SigningKeys { get; }

    public IdentitySettings Settings { get; }

    public ICatalogStore Store { get; }

    public ClientRegistry Clients { get; }

    public AccessTokenIssuer Issuer { get; }

    public TokenService TokenService { get; }

    public AccessTokenValidator Validator { get; }

    public StoredAccessGrantReader GrantReader { get; }

    public AccessAuditQueue Audit { get; }

    public AccessGrantWorkflow Workflow { get; }

    public AccessAuditLog AuditLog { get; }

    public CatalogActorResolver Actors { get; }

    /// <summary>
    /// Opens identity over <paramref name="store"/> (which it then owns and disposes): loads or creates the signing key
    /// ring, loads the revoked clients, and fetches each external issuer's keys (a provider that does not answer yet is
    /// asked again when its first token arrives).
    /// </summary>
    /// <param name="issuer">The "iss" of issued tokens (the gateway's public base URL).</param>
    /// <param name="graphQLPath">The GraphQL endpoint's path: the tokens' audience is the issuer with this path.</param>
    public static async Task<GatewayIdentity> OpenAsync(
        IdentitySettings settings, ICatalogStore store, string issuer, string graphQLPath, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(store);
        if (store is not (IClientStore and IAccessGrantStore and IAccessAuditStore))
        {
            throw new ArgumentException("The catalog store keeps no clients, grants or audit log.", nameof(store));
        }

        Directory.CreateDirectory(settings.DataDirectory);
        var keys = await OpenSigningKeysAsync(settings, store, time, cancellationToken);
        var clients = await ClientRegistry.OpenAsync(
            (IClientStore)store, time, cancellationToken, settings.SecretHashIterations, settings.RevocationRefreshInterval);
        HttpClient? http = null;
        var external = new List<TrustedIssuer>();
        if (settings.TrustedIssuers.Count > 0)
        {
            http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            foreach (var trusted in settings.TrustedIssuers)
            {
                var remote = new RemoteKeySet(http, trusted.Issuer, time);
                try
                {
                    await remote.RefreshAsync(cancellationToken);
                }
                catch (Exception error) when (error is HttpRequestException or TaskCanceledException or FormatException or System.Text.Json.JsonException or InvalidOperationException)
                {
                    // Not fatal: the validator fetches again when a token of this issuer names a key it lacks.
                }

                external.Add(TrustedIssuer.External(remote, claims: trusted.Claims));
            }
        }

        var tokenIssuer = new AccessTokenIssuer(issuer, keys.Ring, time, settings.TokenLifetime);
        return new GatewayIdentity(settings, store, clients, keys, tokenIssuer, issuer.TrimEnd('/') + graphQLPath, external, time, http);
    }

    /// <summary>
    /// With a key-encryption key, the keys every replica shares in the catalog store; otherwise the key ring file in
    /// the data directory. Either rotates every <see cref="IdentitySettings.SigningKeyLifetime"/>.
    /// </summary>
    /// <exception cref="KeyEncryptionKeyMismatchException">The stored keys were sealed under another key-encryption key.</exception>
    private static async Task<ISigningKeyRotation> OpenSigningKeysAsync(IdentitySettings settings, ICatalogStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var rotation = new SigningKeyRotationSettings(settings.SigningKeyLifetime, settings.TokenLifetime, ClockSkew) { RefreshInterval = settings.SigningKeyRefreshInterval };
        if (settings.KeyEncryptionKey is { } encryption)
        {
            return store is ISigningKeyStore shared
                ? await StoredSigningKeys.OpenAsync(shared, encryption, time, rotation, cancellationToken)
                : throw new ArgumentException("The catalog store keeps no signing keys; run without a key-encryption key to keep them in the data directory.", nameof(store));
        }

        return FileSigningKeys.Open(
            Path.Combine(settings.DataDirectory, SigningKeyFileName), await SigningKeyPasswordAsync(settings.DataDirectory, cancellationToken), time, rotation);
    }

    /// <summary>
    /// The contract enforcement of requests under this identity: subjects from the access token with their grants
    /// from the store, audit entries into the store's audit log, and <paramref name="maskingKey"/> or else the key
    /// file in the data directory (created when absent).
    /// </summary>
    public FieldAccessPipeline CreateFieldAccess(IFieldRuleSource rules, MaskingKey? maskingKey = null) =>
        new(new TokenAccessSubjectSource(GrantReader), rules, maskingKey ?? MaskingKey.LoadOrCreateFile(Path.Combine(Settings.DataDirectory, MaskingKeyFileName)), Audit);

    /// <summary>Registers the bearer scheme, the rate limiter, and the grant reader and audit sink services.</summary>
    public void ConfigureServices(WebApplicationBuilder builder, string graphQLPath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGatewayAccessTokens(Validator);
        builder.Services.AddSingleton(this);
        builder.Services.AddSingleton<IAccessGrantReader>(GrantReader);
        builder.Services.AddSingleton<IAccessAuditSink>(Audit);
        if (!Settings.RateLimit.IsOff)
        {
            builder.Services.AddClientRateLimits(Settings.RateLimit, graphQLPath);
        }
    }

    /// <summary>
    /// Adds authentication, the refusal of bad tokens and the rate limiter to the pipeline, maps the token service, and
    /// starts the signing keys' scheduled rotation (errors logged as <c>Gateway.SigningKeys</c>).
    /// </summary>
    public void UseIn(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.Use(RefuseRejectedTokensAsync);
        if (!Settings.RateLimit.IsOff)
        {
            app.UseRateLimiter();
        }

        app.MapTokenService(TokenService);

        // Keys rotate, and replicas read each other's, while the gateway serves.
        _rotationLoop ??= new SigningKeyRotationLoop(
            SigningKeys, Settings.SigningKeyRefreshInterval, _time, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.SigningKeys"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_rotationLoop is not null)
        {
            await _rotationLoop.DisposeAsync();
        }

        await Audit.DisposeAsync();
        _http?.Dispose();
        await Store.DisposeAsync();
    }

    /// <summary>
    /// A request without a token goes on as anonymous; one whose token was refused stops here with 401 and the
    /// challenge (RFC 6750 section 3.1: error="invalid_token"), rather than being served as anonymous.
    /// </summary>
    private static async Task RefuseRejectedTokensAsync(HttpContext context, RequestDelegate next)
    {
        // The authentication middleware keeps only a successful result; the handler caches its result per request,
        // so asking again costs nothing.
        if (context.Request.Headers.Authorization.Count > 0
            && (await context.AuthenticateAsync(AccessTokenAuthenticationHandler.SchemeName)) is { Failure: not null })
        {
            await context.ChallengeAsync(AccessTokenAuthenticationHandler.SchemeName);
            return;
        }

        await next(context);
    }

    private static async Task<string> SigningKeyPasswordAsync(string directory, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(SigningKeyPasswordVariable) is { Length: > 0 } password)
        {
            return password;
        }

        var path = Path.Combine(directory, SigningKeyPasswordFileName);
        if (File.Exists(path))
        {
            return (await File.ReadAllTextAsync(path, cancellationToken)).Trim();
        }

        var generated = StrictBase64Url.Encode(RandomNumberGenerator.GetBytes(32));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Readable by the gateway's user only, like an SSH key.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(path, options))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync(generated);
        }

        return generated;
    }
}
