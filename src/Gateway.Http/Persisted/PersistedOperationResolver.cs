using System.Text.Json;

namespace Gateway.Http.Persisted;

/// <summary>
/// Turns a request's <c>query</c> and <c>extensions</c> into the document text to run, following the
/// automatic persisted query protocol (<c>extensions.persistedQuery { version: 1, sha256Hash }</c>, the
/// hash being the SHA-256 of the query's UTF-8 bytes in lowercase hexadecimal) and trusted-documents
/// mode. Knows nothing of HTTP; thread-safe.
/// </summary>
public sealed class PersistedOperationResolver
{
    private readonly AutomaticPersistedQueryCache? _cache;
    private readonly TrustedDocumentStore? _store;

    /// <param name="mode">The protocols spoken.</param>
    /// <param name="cache">The automatic persisted query cache; a default one when null and the mode needs it.</param>
    /// <param name="store">The trusted documents; required by the trusted modes.</param>
    public PersistedOperationResolver(
        PersistedOperationMode mode,
        AutomaticPersistedQueryCache? cache = null,
        TrustedDocumentStore? store = null)
    {
        Mode = mode;
        if (mode is PersistedOperationMode.Automatic or PersistedOperationMode.AutomaticAndTrusted)
        {
            _cache = cache ?? new AutomaticPersistedQueryCache();
        }

        if (mode is PersistedOperationMode.Trusted or PersistedOperationMode.AutomaticAndTrusted)
        {
            _store = store ?? throw new ArgumentException($"Persisted operation mode {mode} needs a trusted document store.", nameof(store));
        }
    }

    public PersistedOperationMode Mode { get; }

    /// <summary>Only registered operations run.</summary>
    private bool Enforcing => Mode == PersistedOperationMode.Trusted;

    /// <param name="query">The request's <c>query</c>, null when absent.</param>
    /// <param name="extensions">The request's <c>extensions</c>, null when absent; a non-object carries no persisted query.</param>
    public PersistedOperationResult Resolve(string? query, JsonElement? extensions)
    {
        if (!TryReadPersistedQuery(extensions, out var hash, out var problem))
        {
            return problem!;
        }

        if (hash is null)
        {
            return ResolveText(query);
        }

        if (Mode == PersistedOperationMode.Off)
        {
            // Clients that see NotSupported stop sending hashes; a query sent along with one simply runs.
            return query is null
                ? PersistedOperationResult.Fail(
                    PersistedOperationErrorKind.NotSupported,
                    PersistedOperationCodes.NotSupported,
                    "PersistedQueryNotSupported",
                    hash)
                : PersistedOperationResult.Run(query, hash);
        }

        if (query is not null)
        {
            return ResolveHashAndText(hash, query);
        }

        if (_store is not null && _store.TryGetDocument(hash, out var registered))
        {
            return PersistedOperationResult.Run(registered, hash);
        }

        if (_cache is not null && _cache.TryGet(hash, out var cached))
        {
            return PersistedOperationResult.Run(cached, hash);
        }

        // The exact message is part of the protocol: Apollo clients match it and resend hash and query.
        return PersistedOperationResult.Fail(
            PersistedOperationErrorKind.NotFound,
            PersistedOperationCodes.NotFound,
            "PersistedQueryNotFound",
            hash);
    }

    /// <summary>A query sent as text, with no hash.</summary>
    private PersistedOperationResult ResolveText(string? query)
    {
        if (query is null)
        {
            return PersistedOperationResult.Fail(
                PersistedOperationErrorKind.QueryMissing,
                PersistedOperationCodes.QueryMissing,
                "The request has no query: send \"query\", or a registered hash in \"extensions.persistedQuery\".");
        }

        if (!Enforcing)
        {
            return PersistedOperationResult.Run(query, null);
        }

        var hash = QueryHash.Of(query);
        return _store!.ContainsHash(hash) ? PersistedOperationResult.Run(query, hash) : NotAllowed(hash);
    }

    /// <summary>Registration: the hash must be the query's; then the query is cached (or, when enforcing, must be registered).</summary>
    private PersistedOperationResult ResolveHashAndText(string hash, string query)
    {
        var actual = QueryHash.Of(query);
        if (actual != hash)
        {
            // A registered id need not be a hash (Apollo manifests allow any id): the document must match instead.
            if (_store is null || !_store.TryGetDocument(hash, out var registered) || registered != query)
            {
                return PersistedOperationResult.Fail(
                    PersistedOperationErrorKind.HashMismatch,
                    PersistedOperationCodes.HashMismatch,
                    $"provided sha does not match query: the SHA-256 of the query's UTF-8 bytes is {actual}, not {hash}.",
                    hash);
            }

            return PersistedOperationResult.Run(query, hash);
        }

        if (Enforcing)
        {
            return _store!.ContainsHash(hash) ? PersistedOperationResult.Run(query, hash) : NotAllowed(hash);
        }

        _cache?.Set(hash, query);
        return PersistedOperationResult.Run(query, hash);
    }

    private static PersistedOperationResult NotAllowed(string hash) => PersistedOperationResult.Fail(
        PersistedOperationErrorKind.NotAllowed,
        PersistedOperationCodes.NotAllowed,
        "This endpoint runs only registered operations (trusted documents), and this query is not one of them; add it to the trusted-document manifest.",
        hash);

    /// <summary>
    /// Reads <c>extensions.persistedQuery</c>: false with the error when it is malformed, else true with
    /// the lowercase hash, or a null hash when there is none.
    /// </summary>
    private bool TryReadPersistedQuery(JsonElement? extensions, out string? hash, out PersistedOperationResult? problem)
    {
        hash = null;
        problem = null;
        if (extensions is not { ValueKind: JsonValueKind.Object } element
            || !element.TryGetProperty("persistedQuery", out var persistedQuery)
            || persistedQuery.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (persistedQuery.ValueKind != JsonValueKind.Object)
        {
            problem = Invalid("\"extensions.persistedQuery\" must be an object: { \"version\": 1, \"sha256Hash\": \"<64 hexadecimal digits>\" }.");
            return false;
        }

        if (!persistedQuery.TryGetProperty("version", out var version)
            || version.ValueKind != JsonValueKind.Number
            || !version.TryGetInt32(out var versionNumber)
            || versionNumber != 1)
        {
            var shown = persistedQuery.TryGetProperty("version", out var versionGiven) ? versionGiven.GetRawText() : "missing";
            problem = PersistedOperationResult.Fail(
                PersistedOperationErrorKind.UnsupportedVersion,
                PersistedOperationCodes.UnsupportedVersion,
                $"Unsupported persisted query version ({shown}); only \"version\": 1 is supported.");
            return false;
        }

        var given = persistedQuery.TryGetProperty("sha256Hash", out var sha) && sha.ValueKind == JsonValueKind.String
            ? sha.GetString()!
            : null;
        if (given is not null && QueryHash.IsWellFormed(given))
        {
            hash = given.ToLowerInvariant();
            return true;
        }

        // Apollo manifests may register operations under ids of their own choosing, sent in the same place.
        if (given is not null && _store is not null && _store.TryGetDocument(given, out _))
        {
            hash = given;
            return true;
        }

        problem = Invalid("\"extensions.persistedQuery.sha256Hash\" must be the SHA-256 of the query as 64 hexadecimal digits.");
        return false;
    }

    private static PersistedOperationResult Invalid(string message) => PersistedOperationResult.Fail(
        PersistedOperationErrorKind.InvalidExtension,
        PersistedOperationCodes.InvalidExtension,
        message);
}
