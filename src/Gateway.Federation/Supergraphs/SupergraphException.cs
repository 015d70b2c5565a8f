namespace Gateway.Federation.Supergraphs;

/// <summary>
/// A supergraph SDL the gateway cannot serve: not parseable, not a valid schema, linking a spec the gateway
/// does not implement, or carrying join metadata that contradicts the schema. The message names the element
/// and what to change.
/// </summary>
public sealed class SupergraphException : Exception
{
    public SupergraphException(string message)
        : base(message)
    {
    }

    public SupergraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
