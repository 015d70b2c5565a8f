namespace Gateway.Federation.Execution;

/// <summary>Limits and reporting choices of the federated executor.</summary>
public sealed record FederatedExecutionOptions
{
    public static FederatedExecutionOptions Default { get; } = new();

    /// <summary>The most fields one response may hold (list elements count each time); beyond it the data is null with one error.</summary>
    public int MaxResponseFields { get; init; } = 1_000_000;

    /// <summary>
    /// True adds the nullability and leaf-value errors found while shaping the response to <c>errors</c> when
    /// no fetch failed. Off by default, as Apollo Gateway 2.x and Apollo Router only report them under
    /// <c>extensions.valueCompletion</c> (clients relied on not seeing them), so responses compare equal.
    /// </summary>
    public bool ReportValueCompletionErrors { get; init; }

    /// <summary>
    /// The schema <c>__schema</c> and <c>__type</c> describe, when the gateway serves more than the supergraph's API
    /// schema (its own root fields, such as <c>catalog</c>); the API schema when null. Clients build their types from
    /// introspection, so what is served must be what introspection shows.
    /// </summary>
    public GraphQL.Types.Schema? IntrospectionSchema { get; init; }
}
