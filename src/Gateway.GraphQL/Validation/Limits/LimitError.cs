using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Limits;

/// <summary>Builds a limit's error: located at the operation, with the code in its extensions.</summary>
internal static class LimitError
{
    public static GraphQLError At(OperationDefinitionNode operation, string message, string code)
    {
        IReadOnlyList<SourceLocation> locations = operation.Location is { } location
            ? [new SourceLocation(location.Line, location.Column)]
            : [];
        return new GraphQLError(message, locations, path: null, new Dictionary<string, object?> { ["code"] = code });
    }

    /// <summary>"Query", "Mutation" or "Subscription", to start a message about the operation.</summary>
    public static string OperationWord(OperationDefinitionNode operation) => operation.Operation switch
    {
        OperationType.Mutation => "Mutation",
        OperationType.Subscription => "Subscription",
        _ => "Query",
    };
}
