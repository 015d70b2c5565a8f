using System.Diagnostics;
using Gateway.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint (graphql-over-http draft): POST with <c>application/json</c>, GET for
/// queries, content negotiation between <c>application/graphql-response+json</c> and
/// <c>application/json</c>, the draft's status codes, the request limits, CSRF prevention, and a
/// structured log line per request.
/// </summary>
public sealed partial class GraphQLEndpoint
{
    private readonly GraphQLHttpOptions _options;
    private readonly ServedSchemaState _state;
    private readonly PersistedOperationStep _persisted;
    private readonly ILogger<GraphQLEndpoint> _logger;

    public GraphQLEndpoint(
        IOptions<GraphQLHttpOptions> options, ServedSchemaState state, PersistedOperationStep persisted, ILogger<GraphQLEndpoint> logger)
    {
        _options = options.Value;
        _state = state;
        _persisted = persisted;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = new RequestOutcome();
        try
        {
            await HandleCoreAsync(context, outcome);
        }
        catch (GraphQLRequestException error)
        {
            await WriteRefusalAsync(context, outcome, error);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
            outcome.StatusCode = 499;
        }
        catch (Exception error) when (!context.Response.HasStarted)
        {
            RequestLog.Failed(_logger, error, context.Request.Method, outcome.OperationName);
            await WriteRefusalAsync(context, outcome, new GraphQLRequestException(
                500, "INTERNAL_SERVER_ERROR", "The gateway failed to process the request; the server log has the details."));
        }
        finally
        {
            var duration = Stopwatch.GetElapsedTime(started);
            var level = RequestLog.LevelFor(_options.LogRequests, outcome.StatusCode, outcome.ErrorCount, duration, _options.SlowRequestThreshold);
            if (level != LogLevel.None)
            {
                RequestLog.Completed(
                    _logger, level, context.Request.Method, outcome.OperationName, outcome.StatusCode, outcome.ErrorCount, duration.TotalMilliseconds);
            }
        }
    }

    private async Task HandleCoreAsync(HttpContext context, RequestOutcome outcome)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = _options.AllowGet ? "GET, POST" : "POST";
            throw new GraphQLRequestException(405, "METHOD_NOT_ALLOWED",
                $"{request.Method} is not supported on the GraphQL endpoint; send a POST with a JSON body{(_options.AllowGet ? " or a GET with URL parameters" : "")}.");
        }

        if (isGet && !_options.AllowGet)
        {
            context.Response.Headers.Allow = "POST";
            throw new GraphQLRequestException(405, "METHOD_NOT_ALLOWED", "GET is disabled on this endpoint; send a POST with a JSON body.");
        }

        // Draft "Accept": 406 when the client accepts neither GraphQL response type. Checked first so
        // every later answer can use the negotiated type.
        outcome.MediaType = MediaTypeNegotiation.ChooseResponseType(request.Headers.Accept)
            ?? throw new GraphQLRequestException(406, "NOT_ACCEPTABLE",
                $"The Accept header allows neither {MediaTypeNegotiation.GraphQLResponseJson} nor {MediaTypeNegotiation.Json}; accept one of them.");

        // CSRF before the media type: a simple request a browser sent cross-site is refused as such (400),
        // whatever else is wrong with it.
        if (_options.CsrfPrevention && !CsrfPrevention.IsPreflighted(request, _options.CsrfHeaders))
        {
            throw CsrfPrevention.Refusal(_options.CsrfHeaders);
        }

        if (!isGet && !MediaTypeNegotiation.IsJsonRequest(request.ContentType))
        {
            // Draft "POST": application/json is the request media type; a missing or other type is 415.
            throw new GraphQLRequestException(415, "UNSUPPORTED_MEDIA_TYPE", string.IsNullOrEmpty(request.ContentType)
                ? "The POST has no Content-Type; send the body as application/json."
                : $"Content-Type '{request.ContentType}' is not supported; send the body as application/json (UTF-8).");
        }

        var served = _state.Current
            ?? throw new GraphQLRequestException(503, "SCHEMA_NOT_READY", "The gateway is still loading its schema; retry shortly.");

        IReadOnlyList<GraphQLRequest> operations = isGet
            ? [GraphQLRequestReader.ReadQueryString(request.Query)]
            : await ReadOperationsAsync(context, outcome);
        if (!outcome.IsBatch)
        {
            var single = operations[0];
            outcome.OperationName = single.OperationName ?? "(anonymous)";
            var (result, status) = await ExecuteAsync(context, served, single, isGet, outcome.MediaType);
            outcome.StatusCode = status;
            outcome.ErrorCount = result.Errors.Count;
            await GraphQLResponseWriter.WriteAsync(context, status, outcome.MediaType, result);
            return;
        }

        // Batching (a widespread extension, not in the draft): each operation answered in order; the
        // status reports the transport, each entry carries its own errors.
        var results = new ExecutionResult[operations.Count];
        outcome.OperationName = $"(batch of {operations.Count})";
        for (var i = 0; i < operations.Count; i++)
        {
            (results[i], _) = await ExecuteAsync(context, served, operations[i], isGet: false, outcome.MediaType);
            outcome.ErrorCount += results[i].Errors.Count;
        }

        outcome.StatusCode = 200;
        await GraphQLResponseWriter.WriteAsync(context, 200, outcome.MediaType, results, asArray: true);
    }

    // ValueTask: with synchronous resolvers execution completes without yielding, and no Task is allocated.
    private async ValueTask<(ExecutionResult Result, int StatusCode)> ExecuteAsync(
        HttpContext context, ServedSchema served, GraphQLRequest request, bool isGet, ResponseMediaType mediaType)
    {
        var (query, refusal, refusalStatus) = _persisted.Resolve(request, mediaType);
        if (refusal is not null)
        {
            return (refusal, refusalStatus);
        }

        var prepared = served.Executor.Prepare(query!);
        var operation = prepared.Document is { } document ? Executor.GetOperation(document, request.OperationName, out _) : null;
        if (isGet && operation?.Operation == GraphQL.Language.OperationType.Mutation)
        {
            // Draft "GET": mutations MUST NOT run over GET (a GET must be safe); 405 with Allow is recommended.
            context.Response.Headers.Allow = "POST";
            throw new GraphQLRequestException(405, "METHOD_NOT_ALLOWED",
                "Mutations cannot be sent with GET; send the mutation with POST and a JSON body.");
        }

        // When the operation cannot be determined, execution reports why (Spec 6.1 GetOperation).
        var result = served.Runner is { } runner && prepared.IsValid
            ? await runner.ExecuteAsync(prepared.Document!, request.OperationName, request.Variables, context, context.RequestAborted)
            : await served.Executor.ExecuteAsync(
                prepared,
                request.OperationName,
                request.Variables,
                operation is null ? served.QueryRoot : served.RootValueFor(operation.Operation),
                requestContext: context,
                context.RequestAborted);
        return (result, GraphQLStatusCodes.For(result, prepared.IsSyntaxError, mediaType, _options.StatusCodes));
    }

    private static async Task WriteRefusalAsync(HttpContext context, RequestOutcome outcome, GraphQLRequestException error)
    {
        outcome.StatusCode = error.StatusCode;
        outcome.ErrorCount = 1;
        if (context.Response.HasStarted)
        {
            return;
        }

        // A refusal is still a well-formed GraphQL response (one error, no data); it keeps the negotiated
        // type, and application/json when negotiation itself failed.
        await GraphQLResponseWriter.WriteAsync(
            context, error.StatusCode, outcome.MediaType, GraphQLResponseWriter.ErrorResult(error.Message, error.Code));
    }

    /// <summary>What the request log reports about one request.</summary>
    private sealed class RequestOutcome
    {
        public string OperationName { get; set; } = "(unknown)";

        public int StatusCode { get; set; }

        public int ErrorCount { get; set; }

        public ResponseMediaType MediaType { get; set; } = ResponseMediaType.Json;

        /// <summary>Whether the body was a JSON array (a batch), answered with an array even when it holds one operation.</summary>
        public bool IsBatch { get; set; }
    }
}
