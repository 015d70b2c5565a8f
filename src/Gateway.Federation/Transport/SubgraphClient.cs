using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Gateway.Federation.Supergraphs;
using Gateway.GraphQL.Execution;
using Polly;
using Polly.CircuitBreaker;

namespace Gateway.Federation.Transport;

/// <summary>
/// Sends GraphQL requests to one subgraph over a pooled HTTP/1.1 keep-alive connection set (one
/// <see cref="SocketsHttpHandler"/> per subgraph), behind a circuit breaker. Never throws for a subgraph's
/// failure: every outcome is a <see cref="SubgraphResponse"/>, failures carrying an error that names the
/// subgraph. Only the caller's cancellation throws.
/// </summary>
public sealed class SubgraphClient : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private static readonly MediaTypeWithQualityHeaderValue[] AcceptedTypes =
    [
        new("application/graphql-response+json"),
        new("application/json"),
    ];

    private readonly HttpClient _http;
    private readonly Uri _url;
    private readonly SubgraphTransportOptions _options;
    private readonly ResiliencePipeline<SubgraphResponse> _pipeline;

    public SubgraphClient(SubgraphInfo subgraph, SubgraphTransportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(subgraph);
        Subgraph = subgraph;
        _options = options ?? SubgraphTransportOptions.Default;
        if (!Uri.TryCreate(subgraph.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The subgraph \"{subgraph.DisplayName}\" has no usable URL (\"{subgraph.Url}\"): @join__graph(url:) must be an http(s) URL.", nameof(subgraph));
        }

        _url = url;
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = _options.ConnectTimeout,
            PooledConnectionIdleTimeout = _options.PooledConnectionIdleTimeout,
            MaxConnectionsPerServer = _options.MaxConnectionsPerSubgraph,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        _http = new HttpClient(handler)
        {
            // The request timeout is ours (a linked token), so a timeout is told apart from the caller's cancellation.
            Timeout = Timeout.InfiniteTimeSpan,
            DefaultRequestVersion = HttpVersion.Version11,
        };
        _pipeline = BuildPipeline(_options);
    }

    public SubgraphInfo Subgraph { get; }

    /// <summary>The subgraph's position in its supergraph's <see cref="Supergraph.Subgraphs"/> (what usage is counted by).</summary>
    public int Index { get; internal init; }

    /// <summary>Sends the request and reads the GraphQL response, or the failure that stood in its way.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<SubgraphResponse> SendAsync(SubgraphRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (state, token) => new ValueTask<SubgraphResponse>(state.Client.SendOnceAsync(state.Request, token)),
                (Client: this, Request: request),
                cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException)
        {
            return SubgraphResponse.Failed(Subgraph.DisplayName, SubgraphErrorCodes.CircuitOpen,
                $"The subgraph \"{Subgraph.DisplayName}\" failed repeatedly; the gateway stopped calling it for a moment.", isOutage: false);
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<SubgraphResponse> SendOnceAsync(SubgraphRequest request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var message = new HttpRequestMessage(HttpMethod.Post, _url)
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            Content = WriteBody(request),
        };
        foreach (var type in AcceptedTypes)
        {
            message.Headers.Accept.Add(type);
        }

        byte[]? body = null;
        try
        {
            // Headers first, then the body into a pooled array: a buffered response would be copied once
            // more into an array of its own, per fetch.
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            (body, var length) = await ReadBodyAsync(response.Content, timeout.Token).ConfigureAwait(false);
            if (length < 0)
            {
                return Failed(SubgraphErrorCodes.InvalidResponse, $"sent a response larger than {_options.MaxResponseBytes} bytes", isOutage: false);
            }

            return ReadResponse(response.StatusCode, body.AsSpan(0, length));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(SubgraphErrorCodes.Timeout, $"did not answer within {_options.RequestTimeout.TotalSeconds:0.###} s", isOutage: true);
        }
        catch (HttpRequestException error) when (error.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded)
        {
            return Failed(SubgraphErrorCodes.InvalidResponse, $"sent a response larger than {_options.MaxResponseBytes} bytes", isOutage: false);
        }
        catch (HttpRequestException error)
        {
            var reason = error.InnerException is SocketException socket ? socket.SocketErrorCode.ToString() : error.HttpRequestError.ToString();
            return Failed(SubgraphErrorCodes.Unreachable, $"could not be reached ({reason})", isOutage: true);
        }
        catch (IOException error)
        {
            // The connection broke while the body was read.
            var reason = error is HttpIOException http ? http.HttpRequestError : HttpRequestError.ResponseEnded;
            return Failed(SubgraphErrorCodes.Unreachable, $"could not be reached ({reason})", isOutage: true);
        }
        finally
        {
            if (body is not null)
            {
                ArrayPool<byte>.Shared.Return(body);
            }
        }
    }

    /// <summary>
    /// The whole body in an array rented from <see cref="ArrayPool{T}.Shared"/> (the caller returns it) and
    /// its length; a length of -1 when the body is larger than <see cref="SubgraphTransportOptions.MaxResponseBytes"/>.
    /// </summary>
    private async Task<(byte[]? Buffer, int Length)> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var limit = _options.MaxResponseBytes;
        if (content.Headers.ContentLength is { } declared && declared > limit)
        {
            return (null, -1);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(content.Headers.ContentLength ?? 16 * 1024, limit) + 1);
        var length = 0;
        try
        {
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        return (buffer, -1);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, limit + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length > limit ? -1 : length);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>
    /// A body that is a GraphQL response is used whatever the status (GraphQL over HTTP lets a server answer
    /// request errors with 4xx); otherwise a non-2xx status is the error.
    /// </summary>
    private SubgraphResponse ReadResponse(HttpStatusCode status, ReadOnlySpan<byte> body)
    {
        var isSuccess = (int)status is >= 200 and < 300;
        object? parsed;
        try
        {
            parsed = JsonTree.Parse(body);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            return isSuccess
                ? Failed(SubgraphErrorCodes.InvalidResponse, $"sent a body that is not JSON ({error.Message})", isOutage: false)
                : BadStatus(status);
        }

        if (parsed is not Dictionary<string, object?> response
            || (!response.ContainsKey("data") && !response.ContainsKey("errors")))
        {
            return isSuccess
                ? Failed(SubgraphErrorCodes.InvalidResponse, "sent JSON that is not a GraphQL response (no \"data\" nor \"errors\")", isOutage: false)
                : BadStatus(status);
        }

        var data = response.GetValueOrDefault("data");
        if (data is not null and not Dictionary<string, object?>)
        {
            return Failed(SubgraphErrorCodes.InvalidResponse, "sent a \"data\" entry that is not an object", isOutage: false);
        }

        var errors = new List<Dictionary<string, object?>>();
        if (response.GetValueOrDefault("errors") is List<object?> entries)
        {
            foreach (var entry in entries)
            {
                if (entry is Dictionary<string, object?> error)
                {
                    errors.Add(error);
                }
            }
        }

        if (data is null && errors.Count == 0)
        {
            return isSuccess
                ? Failed(SubgraphErrorCodes.InvalidResponse, "sent a response with neither data nor errors", isOutage: false)
                : BadStatus(status);
        }

        return SubgraphResponse.FromGraphQL((Dictionary<string, object?>?)data, errors);
    }

    private SubgraphResponse BadStatus(HttpStatusCode status) =>
        Failed(SubgraphErrorCodes.BadStatus, $"answered with HTTP {(int)status} {status}", isOutage: (int)status >= 500);

    // The URL stays out of the message: clients see these errors, and subgraph addresses are internal.
    private SubgraphResponse Failed(string code, string what, bool isOutage) =>
        SubgraphResponse.Failed(Subgraph.DisplayName, code, $"The subgraph \"{Subgraph.DisplayName}\" {what}.", isOutage);

    private static ReadOnlyMemoryContent WriteBody(SubgraphRequest request)
    {
        var size = request.Query.Length + 256;
        if (request.Variables is not null)
        {
            foreach (var (_, value) in request.Variables)
            {
                size += value is JsonText encoded ? encoded.Utf8.Length : 0;
            }
        }

        var buffer = new ArrayBufferWriter<byte>(size);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("query", request.Query);
            if (request.OperationName is { } operationName)
            {
                writer.WriteString("operationName", operationName);
            }

            writer.WritePropertyName("variables");
            writer.WriteStartObject();
            foreach (var (name, value) in request.Variables ?? EmptyVariables)
            {
                writer.WritePropertyName(name);
                if (value is JsonText encoded)
                {
                    writer.WriteRawValue(encoded.Utf8.Span, skipInputValidation: true);
                }
                else
                {
                    ResultJsonWriter.WriteValue(writer, value);
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        var content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
        content.Headers.ContentType = JsonContentType;
        return content;
    }

    private static readonly Dictionary<string, object?> EmptyVariables = [];

    /// <summary>
    /// A circuit breaker per subgraph: when half the requests of the sampling window fail for outage reasons
    /// (unreachable, timeout, 5xx), the circuit opens and requests fail fast for the break duration.
    /// </summary>
    private static ResiliencePipeline<SubgraphResponse> BuildPipeline(SubgraphTransportOptions options)
    {
        if (!options.CircuitBreakerEnabled)
        {
            return ResiliencePipeline<SubgraphResponse>.Empty;
        }

        return new ResiliencePipelineBuilder<SubgraphResponse>()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<SubgraphResponse>
            {
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                SamplingDuration = options.CircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
                ShouldHandle = static arguments => ValueTask.FromResult(arguments.Outcome.Result is { IsOutage: true }),
            })
            .Build();
    }
}
