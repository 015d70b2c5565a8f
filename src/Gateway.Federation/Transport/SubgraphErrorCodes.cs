namespace Gateway.Federation.Transport;

/// <summary>
/// The <c>extensions.code</c> values of errors the gateway itself raises about a subgraph (errors a subgraph
/// returns keep their own code, or get <see cref="DownstreamServiceError"/> as Apollo Gateway does).
/// </summary>
public static class SubgraphErrorCodes
{
    /// <summary>No connection could be made (refused, reset, DNS failure).</summary>
    public const string Unreachable = "SUBGRAPH_UNREACHABLE";

    /// <summary>The subgraph did not answer within the request timeout.</summary>
    public const string Timeout = "SUBGRAPH_TIMEOUT";

    /// <summary>The subgraph answered with a status other than 2xx and no GraphQL response.</summary>
    public const string BadStatus = "SUBGRAPH_BAD_STATUS";

    /// <summary>The body is not JSON, not a GraphQL response, too large, or lacks the data the plan needs.</summary>
    public const string InvalidResponse = "SUBGRAPH_INVALID_RESPONSE";

    /// <summary>The subgraph's circuit breaker is open after repeated failures: the request was not sent.</summary>
    public const string CircuitOpen = "SUBGRAPH_CIRCUIT_OPEN";

    /// <summary>An error a subgraph returned without a code of its own (Apollo Gateway's code for these).</summary>
    public const string DownstreamServiceError = "DOWNSTREAM_SERVICE_ERROR";
}
