namespace Gateway.GraphQL.Execution;

/// <summary>
/// Stops an execution whose response outgrew <see cref="ExecutionOptions.MaxResultFields"/>. Unlike a field
/// error it is not caught where it happens: it unwinds to <see cref="Executor"/>, which answers with its error alone.
/// </summary>
internal sealed class ResultLimitExceededException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
