namespace Gateway.Http.Persisted;

/// <summary>Which persisted-operation protocols an endpoint speaks.</summary>
public enum PersistedOperationMode
{
    /// <summary>
    /// Queries run as sent. A hash without a query answers PersistedQueryNotSupported, which tells
    /// Apollo-style clients to stop sending hashes and send the full query.
    /// </summary>
    Off,

    /// <summary>
    /// Automatic persisted queries: a client sends <c>extensions.persistedQuery.sha256Hash</c>; an unknown
    /// hash answers PersistedQueryNotFound, the client resends hash and query, and the server caches it.
    /// Any query may run.
    /// </summary>
    Automatic,

    /// <summary>
    /// Trusted documents (a safelist): only operations in the <see cref="TrustedDocumentStore"/> run,
    /// sent by hash or as their full text. Nothing is added at run time.
    /// </summary>
    Trusted,

    /// <summary>
    /// The trusted documents serve hashes without a round trip and automatic persisted queries cache the
    /// rest, but any query may run: the store is a preloaded cache, not a safelist.
    /// </summary>
    AutomaticAndTrusted,
}
