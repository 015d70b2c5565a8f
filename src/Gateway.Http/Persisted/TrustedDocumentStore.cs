using System.Collections.Frozen;

namespace Gateway.Http.Persisted;

/// <summary>
/// The registered operations of trusted-documents mode, read once from a manifest and read-only after:
/// documents by id (what clients send as <c>extensions.persistedQuery.sha256Hash</c>), and the SHA-256
/// of every document, so a client that sends a registered document as full text is allowed too.
/// </summary>
/// <remarks>
/// Two manifest formats are read (see <see cref="TrustedDocumentManifestReader"/>): a JSON object of
/// <c>"&lt;sha256 hex&gt;": "query ..."</c>, and Apollo's persisted query manifest
/// (<c>{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ "id", "name", "type", "body" }] }</c>),
/// whose ids are usually but not necessarily the SHA-256 of the body.
/// </remarks>
public sealed class TrustedDocumentStore
{
    private readonly FrozenDictionary<string, string> _documentsById;
    private readonly FrozenSet<string> _documentHashes;

    internal TrustedDocumentStore(IReadOnlyDictionary<string, string> documentsById)
    {
        _documentsById = documentsById.ToFrozenDictionary(StringComparer.Ordinal);
        _documentHashes = documentsById.Values.Select(QueryHash.Of).ToFrozenSet(StringComparer.Ordinal);
    }

    public static TrustedDocumentStore Empty { get; } = new(new Dictionary<string, string>());

    /// <summary>How many documents are registered.</summary>
    public int Count => _documentsById.Count;

    /// <summary>Reads a manifest file; a broken one throws <see cref="TrustedDocumentManifestException"/>.</summary>
    public static async Task<TrustedDocumentStore> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TrustedDocumentManifestException(path, 1, 1, $"cannot read the trusted-document manifest: {exception.Message}", exception);
        }

        return Parse(bytes, path);
    }

    /// <summary>Reads manifest JSON; <paramref name="sourceName"/> names it in errors.</summary>
    public static TrustedDocumentStore Parse(ReadOnlySpan<byte> utf8Json, string sourceName = "manifest") =>
        new(TrustedDocumentManifestReader.Read(utf8Json, sourceName));

    /// <summary>The document registered under the id (a lowercase SHA-256 hash for the hash format).</summary>
    public bool TryGetDocument(string id, out string document) =>
        _documentsById.TryGetValue(id, out document!);

    /// <summary>True when a registered document has this lowercase SHA-256 hash.</summary>
    public bool ContainsHash(string sha256Hash) => _documentHashes.Contains(sha256Hash);
}
