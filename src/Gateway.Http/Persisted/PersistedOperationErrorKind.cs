namespace Gateway.Http.Persisted;

/// <summary>Why a request's operation could not be resolved; <see cref="PersistedOperationResult.StatusCode"/> maps each to HTTP.</summary>
public enum PersistedOperationErrorKind
{
    /// <summary>The operation resolved: <see cref="PersistedOperationResult.Query"/> holds the text to run.</summary>
    None,

    /// <summary>Neither a query nor a persisted-query hash was sent.</summary>
    QueryMissing,

    /// <summary><c>extensions.persistedQuery</c> is not an object with a 64-digit hexadecimal <c>sha256Hash</c>.</summary>
    InvalidExtension,

    /// <summary><c>extensions.persistedQuery.version</c> is not 1.</summary>
    UnsupportedVersion,

    /// <summary>A hash without a query, and neither the cache nor the store knows it.</summary>
    NotFound,

    /// <summary>A hash without a query, and persisted operations are off.</summary>
    NotSupported,

    /// <summary>The hash sent is not the SHA-256 of the query sent.</summary>
    HashMismatch,

    /// <summary>Trusted mode, and the query is not a registered operation.</summary>
    NotAllowed,
}
