using Gateway.GraphQL;

namespace Gateway.Commands;

/// <summary>
/// The input cannot be used at all (exit code 2): the message names the file and says what is wrong;
/// <see cref="Errors"/> carries located GraphQL errors when there are any (a schema that does not build).
/// </summary>
public sealed class UnusableInputException : Exception
{
    public UnusableInputException(string message, IReadOnlyList<GraphQLError>? errors = null)
        : base(message)
    {
        Errors = errors ?? [];
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
