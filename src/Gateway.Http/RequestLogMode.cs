namespace Gateway.Http;

/// <summary>Which requests the request log reports at <c>Information</c> (<see cref="GraphQLHttpOptions.LogRequests"/>).</summary>
public enum RequestLogMode
{
    /// <summary>
    /// Requests with errors, a 4xx/5xx status, or slower than <see cref="GraphQLHttpOptions.SlowRequestThreshold"/>
    /// at <c>Information</c>; the rest at <c>Debug</c>. Writing a console line for every successful request
    /// costs about as much as answering a small query, so routine traffic is opt-in.
    /// </summary>
    Errors,

    /// <summary>Every request at <c>Information</c>.</summary>
    All,

    /// <summary>No request lines; unexpected failures are still logged as errors.</summary>
    None,
}
