using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Gateway.Search.Elasticsearch;

/// <summary>
/// A thin client of the Elasticsearch 8.x REST API over <see cref="HttpClient"/> and System.Text.Json: JSON bodies,
/// basic or API key authentication, a timeout per attempt, retries with exponential backoff on 429, 502, 503 and 504
/// (honouring <c>Retry-After</c>), on timeouts and on refused connections, never on other 4xx, and typed errors read
/// from Elasticsearch's error body (<c>{"error":{"type":...,"reason":...},"status":...}</c>).
/// </summary>
public sealed partial class ElasticsearchClient : IDisposable
{
    private const string JsonContentType = "application/json";
    private const string NdJsonContentType = "application/x-ndjson";

    private readonly ElasticsearchSettings _settings;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly Uri _baseUrl;

    /// <summary>
    /// A client with its own <see cref="HttpClient"/>: compressed answers accepted, and pooled connections renewed every
    /// few minutes so a cluster address that moves in DNS is followed.
    /// </summary>
    public ElasticsearchClient(ElasticsearchSettings settings)
        : this(settings, OwnHttpClient(), ownsHttp: true, Task.Delay)
    {
    }

    /// <summary>A client over the caller's <see cref="HttpClient"/> (which the caller disposes).</summary>
    public ElasticsearchClient(ElasticsearchSettings settings, HttpClient http)
        : this(settings, http, ownsHttp: false, Task.Delay)
    {
    }

    /// <summary>For tests: <paramref name="delay"/> replaces the waits between attempts.</summary>
    internal ElasticsearchClient(ElasticsearchSettings settings, HttpClient http, bool ownsHttp, Func<TimeSpan, CancellationToken, Task> delay)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Validate(settings);
        _settings = settings;
        _http = http;
        _ownsHttp = ownsHttp;
        _delay = delay;

        // Relative paths resolve under the base's own path, so a cluster behind a proxy at http://host/elasticsearch/ works.
        _baseUrl = settings.Url.AbsoluteUri.EndsWith('/') ? settings.Url : new Uri(settings.Url.AbsoluteUri + "/");
        _authorization = settings.ApiKey is { Length: > 0 } apiKey
            ? new AuthenticationHeaderValue("ApiKey", apiKey)
            : settings.Username is { Length: > 0 } user
                ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{settings.Password}")))
                : null;
    }

    public ElasticsearchSettings Settings => _settings;

    /// <summary>Sends a request with a JSON body (or none) and returns the parsed answer; any status but 2xx throws.</summary>
    public Task<JsonDocument> SendAsync(HttpMethod method, string path, ReadOnlyMemory<byte>? json, CancellationToken cancellationToken) =>
        SendAsync(method, path, json, JsonContentType, allowNotFound: false, cancellationToken)!;

    /// <summary>Like <see cref="SendAsync(HttpMethod, string, ReadOnlyMemory{byte}?, CancellationToken)"/>, but a 404 answers null.</summary>
    public Task<JsonDocument?> SendAllowingNotFoundAsync(HttpMethod method, string path, ReadOnlyMemory<byte>? json, CancellationToken cancellationToken) =>
        SendAsync(method, path, json, JsonContentType, allowNotFound: true, cancellationToken);

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<JsonDocument?> SendAsync(
        HttpMethod method, string path, ReadOnlyMemory<byte>? body, string contentType, bool allowNotFound, CancellationToken cancellationToken)
    {
        var request = $"{method.Method} {path}";
        for (var attempt = 0; ; attempt++)
        {
            var canRetry = attempt < _settings.MaxRetries;
            TimeSpan? retryAfter = null;
            using (var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attemptTimeout.CancelAfter(_settings.RequestTimeout);
                try
                {
                    using var message = CreateRequest(method, path, body, contentType);
                    using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, attemptTimeout.Token);
                    var content = await response.Content.ReadAsByteArrayAsync(attemptTimeout.Token);
                    var status = (int)response.StatusCode;
                    if (response.IsSuccessStatusCode)
                    {
                        return ParseSuccess(request, status, content);
                    }

                    if (allowNotFound && response.StatusCode == HttpStatusCode.NotFound)
                    {
                        return null;
                    }

                    if (!IsOverloadStatus(status) || !canRetry)
                    {
                        throw ErrorFromBody(request, status, content, attempt);
                    }

                    retryAfter = RetryAfter(response);
                }
                catch (HttpRequestException exception) when (exception.StatusCode is null)
                {
                    if (!canRetry)
                    {
                        throw new ElasticsearchException(
                            ElasticsearchFailureKind.Unreachable,
                            request,
                            $"{request}: Elasticsearch at {_settings.Url} could not be reached after {attempt + 1} attempt(s): {exception.Message}",
                            innerException: exception);
                    }
                }
                catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
                {
                    if (!canRetry)
                    {
                        throw new ElasticsearchException(
                            ElasticsearchFailureKind.Timeout,
                            request,
                            $"{request}: Elasticsearch at {_settings.Url} did not answer within {_settings.RequestTimeout.TotalSeconds:0.###} s, {attempt + 1} attempt(s).",
                            innerException: exception);
                    }
                }
            }

            await _delay(Backoff(attempt, retryAfter), cancellationToken);
        }
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string path, ReadOnlyMemory<byte>? body, string contentType)
    {
        var message = new HttpRequestMessage(method, new Uri(_baseUrl, path.TrimStart('/')));
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonContentType));
        message.Headers.Authorization = _authorization;
        if (body is { } content)
        {
            message.Content = new ReadOnlyMemoryContent(content);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        return message;
    }

    private static HttpClient OwnHttpClient() => new(new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        // Each attempt has its own timeout (RequestTimeout); HttpClient's would cut across retries.
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private static void Validate(ElasticsearchSettings settings)
    {
        if (!settings.Url.IsAbsoluteUri || settings.Url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"The Elasticsearch URL must be an absolute http or https address, such as http://127.0.0.1:9200; '{settings.Url}' is not.", nameof(settings));
        }

        if (string.IsNullOrEmpty(settings.Alias) || settings.Alias != settings.Alias.ToLowerInvariant() || settings.Alias.AsSpan().IndexOfAny("\\/*?\"<>| ,#:") >= 0)
        {
            throw new ArgumentException($"The Elasticsearch alias '{settings.Alias}' is not a valid index name: lowercase, without spaces or any of \\ / * ? \" < > | , # :.", nameof(settings));
        }

        if (settings.MaxRetries < 0 || settings.BulkBatchSize < 1 || settings.BulkBatchBytes < 1 || settings.RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException(
                $"Elasticsearch settings out of range: MaxRetries {settings.MaxRetries} (0 or more), BulkBatchSize {settings.BulkBatchSize} and BulkBatchBytes {settings.BulkBatchBytes} (1 or more), RequestTimeout {settings.RequestTimeout} (more than zero).",
                nameof(settings));
        }
    }

    /// <summary>
    /// The wait before the next attempt: the server's <c>Retry-After</c> when it sent one, else the initial backoff doubled
    /// per attempt; both capped by <see cref="ElasticsearchSettings.MaxBackoff"/>. No jitter: the gateway is the only writer
    /// of its index and its indexer runs one batch at a time, so there is no herd of clients to spread out.
    /// </summary>
    internal TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        var wait = retryAfter ?? TimeSpan.FromTicks(_settings.InitialBackoff.Ticks << Math.Min(attempt, 20));
        return wait > _settings.MaxBackoff ? _settings.MaxBackoff : wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>RFC 9110 10.2.3 Retry-After: delay-seconds or an HTTP-date.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    /// <summary>429 Too Many Requests (es_rejected_execution_exception, circuit breakers) and a gateway or cluster not ready.</summary>
    private static bool IsOverloadStatus(int status) => status is 429 or 502 or 503 or 504;
}
