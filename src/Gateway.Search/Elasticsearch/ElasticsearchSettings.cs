namespace Gateway.Search.Elasticsearch;

/// <summary>
/// Where the Elasticsearch 8.x cluster is and how to talk to it. <see cref="Alias"/> is the name searches and writes
/// go through; the indexes behind it are named <c>{Alias}-{timestamp}</c> and get their settings and mappings from the
/// index template of the same name (deploy/elasticsearch/dp-products.index-template.json).
/// </summary>
public sealed record ElasticsearchSettings
{
    /// <summary>The cluster's base address, for example <c>http://127.0.0.1:9200</c>.</summary>
    public required Uri Url { get; init; }

    /// <summary>Basic authentication user (with <see cref="Password"/>); ignored when <see cref="ApiKey"/> is set.</summary>
    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>An API key as Elasticsearch encodes it (base64 of <c>id:api_key</c>), sent as <c>Authorization: ApiKey ...</c>.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The alias searches and writes go through, and the prefix of the indexes behind it.</summary>
    public string Alias { get; init; } = "dp-products";

    /// <summary>How long one attempt of one request may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a 429, 502, 503 or 504, a timeout or a refused connection (so at most this plus one attempts).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The wait before the first retry; it doubles with each retry, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between attempts, also the cap on a server's <c>Retry-After</c>.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Products per bulk request.</summary>
    public int BulkBatchSize { get; init; } = 500;

    /// <summary>Bytes per bulk request, whichever of the two limits comes first (Elasticsearch advises a few megabytes).</summary>
    public int BulkBatchBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>
    /// Settings from a command-line URL such as <c>https://gateway:secret@es.example.org:9200</c>: user information in
    /// the URL (percent-encoded, RFC 3986 3.2.1) becomes basic authentication and is taken out of <see cref="Url"/>, so it
    /// is never logged with the address.
    /// </summary>
    public static ElasticsearchSettings FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"'{url}' is not an Elasticsearch address: give an absolute http or https URL, such as http://127.0.0.1:9200.", nameof(url));
        }

        if (uri.UserInfo.Length == 0)
        {
            return new ElasticsearchSettings { Url = uri };
        }

        var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
        var user = separator < 0 ? uri.UserInfo : uri.UserInfo[..separator];
        var password = separator < 0 ? null : uri.UserInfo[(separator + 1)..];
        return new ElasticsearchSettings
        {
            Url = new UriBuilder(uri) { UserName = "", Password = "" }.Uri,
            Username = Uri.UnescapeDataString(user),
            Password = password is null ? null : Uri.UnescapeDataString(password),
        };
    }
}
