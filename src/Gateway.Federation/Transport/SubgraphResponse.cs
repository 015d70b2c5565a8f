using Gateway.GraphQL;

namespace Gateway.Federation.Transport;

/// <summary>
/// What came back from a subgraph: its <c>data</c> and <c>errors</c> as JSON-shaped values, or, when no
/// usable GraphQL response came back, <see cref="Failure"/>: an error naming the subgraph, with a
/// <see cref="SubgraphErrorCodes"/> code.
/// </summary>
public sealed class SubgraphResponse
{
    private SubgraphResponse(Dictionary<string, object?>? data, IReadOnlyList<Dictionary<string, object?>> errors, GraphQLError? failure)
    {
        Data = data;
        Errors = errors;
        Failure = failure;
    }

    /// <summary>The response's <c>data</c> object; null when the subgraph sent <c>null</c> or none.</summary>
    public Dictionary<string, object?>? Data { get; }

    /// <summary>The response's <c>errors</c> entries as the subgraph sent them.</summary>
    public IReadOnlyList<Dictionary<string, object?>> Errors { get; }

    /// <summary>Set when the request failed as a whole (transport, status, body).</summary>
    public GraphQLError? Failure { get; }

    /// <summary>True for failures that count against the subgraph's circuit breaker (it is down or overloaded).</summary>
    public bool IsOutage { get; private init; }

    public static SubgraphResponse FromGraphQL(Dictionary<string, object?>? data, IReadOnlyList<Dictionary<string, object?>> errors) =>
        new(data, errors, null);

    public static SubgraphResponse Failed(string subgraph, string code, string message, bool isOutage) =>
        new(null, [], Error(subgraph, code, message)) { IsOutage = isOutage };

    /// <summary>An error about <paramref name="subgraph"/> with the code and the subgraph's name in its extensions.</summary>
    public static GraphQLError Error(string subgraph, string code, string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code, ["serviceName"] = subgraph });
}
