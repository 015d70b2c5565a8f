namespace Gateway.GraphQL;

/// <summary>
/// Thrown when a request cannot be executed at all (a request error, Spec 7.1): a syntax error, a
/// schema that does not build, variables that do not coerce. Carries every error found.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(GraphQLError error)
        : base(error.Message)
    {
        Errors = [error];
    }

    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count == 0 ? "GraphQL error." : errors[0].Message)
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
