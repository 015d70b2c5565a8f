using Microsoft.Extensions.Logging;

namespace Gateway.Http;

/// <summary>The endpoint's structured log events: one per request, with fields a log pipeline can index.</summary>
public static partial class RequestLog
{
    /// <summary>
    /// One request's outcome. The level comes from <see cref="LevelFor"/>; the generated method checks
    /// <c>IsEnabled</c> before it formats anything, so a request logged at a disabled level costs nothing.
    /// </summary>
    [LoggerMessage(EventId = 1, EventName = "GraphQLRequest",
        Message = "GraphQL {Method} {OperationName} answered {StatusCode} with {ErrorCount} errors in {DurationMs:0.0} ms")]
    public static partial void Completed(
        ILogger logger, LogLevel level, string method, string operationName, int statusCode, int errorCount, double durationMs);

    [LoggerMessage(EventId = 2, EventName = "GraphQLRequestFailed", Level = LogLevel.Error,
        Message = "GraphQL {Method} {OperationName} failed unexpectedly")]
    public static partial void Failed(ILogger logger, Exception exception, string method, string operationName);

    /// <summary>The level a request is logged at under <paramref name="mode"/>; <see cref="LogLevel.None"/> for not at all.</summary>
    public static LogLevel LevelFor(RequestLogMode mode, int statusCode, int errorCount, TimeSpan duration, TimeSpan slowThreshold) => mode switch
    {
        RequestLogMode.All => LogLevel.Information,
        RequestLogMode.None => LogLevel.None,
        _ => errorCount > 0 || statusCode >= 400 || duration >= slowThreshold ? LogLevel.Information : LogLevel.Debug,
    };
}
