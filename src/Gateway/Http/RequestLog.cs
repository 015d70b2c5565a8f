using Microsoft.Extensions.Logging;

namespace Gateway.Http;

/// <summary>The endpoint's structured log events: one per request, with fields a log pipeline can index.</summary>
public static partial class RequestLog
{
    [LoggerMessage(EventId = 1, EventName = "GraphQLRequest", Level = LogLevel.Information,
        Message = "GraphQL {Method} {OperationName} answered {StatusCode} with {ErrorCount} errors in {DurationMs:0.0} ms")]
    public static partial void Completed(
        ILogger logger, string method, string operationName, int statusCode, int errorCount, double durationMs);

    [LoggerMessage(EventId = 2, EventName = "GraphQLRequestFailed", Level = LogLevel.Error,
        Message = "GraphQL {Method} {OperationName} failed unexpectedly")]
    public static partial void Failed(ILogger logger, Exception exception, string method, string operationName);
}
