namespace Gateway.GraphQL.Execution;

/// <summary>Limits that keep one request from costing the server without bound, each with a generous default.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The defaults: at most 1,000,000 fields per response.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// Most object fields one response may hold, counted as the executor runs them (every field of every
    /// object, list items included). A small document can ask for exponentially many (fragments spread
    /// twice under two aliases, level after level); past this limit execution stops with one error.
    /// </summary>
    public int MaxResultFields { get; init; } = 1_000_000;
}
