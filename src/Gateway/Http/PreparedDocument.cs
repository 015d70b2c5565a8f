using Gateway.GraphQL;
using Gateway.GraphQL.Language;

namespace Gateway.Http;

/// <summary>
/// A query text parsed and validated once. <see cref="Document"/> is null when the text does not parse
/// (<see cref="IsSyntaxError"/>); <see cref="Errors"/> holds the syntax, limit or validation errors.
/// </summary>
public sealed record PreparedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors, bool IsSyntaxError);
