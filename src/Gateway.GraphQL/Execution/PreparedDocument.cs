using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// A query text parsed and validated once (<see cref="RequestExecutor.Prepare"/>). <see cref="Document"/>
/// is null when the text does not parse (<see cref="IsSyntaxError"/>); it is kept when the document parses
/// but fails validation, so a caller can still see which operation was meant (a server refuses a mutation
/// sent over GET before it reports validation errors). <see cref="Errors"/> holds the syntax, limit or
/// validation errors; a document runs only when there are none.
/// </summary>
public sealed record PreparedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors, bool IsSyntaxError)
{
    /// <summary>Whether the document parsed and validated, so it can be executed.</summary>
    public bool IsValid => Document is not null && Errors.Count == 0;
}
