using Gateway.GraphQL;

namespace Gateway.Subgraph.Entities;

/// <summary>
/// Stands in the <c>_entities</c> list for a representation that could not be resolved. Completing it
/// raises <see cref="Error"/>, so the error lands at <c>_entities.&lt;i&gt;</c> and that entity alone is null
/// (<c>_Entity</c> is nullable), as graphql-js does with a failed <c>__resolveReference</c>.
/// </summary>
internal sealed class EntityFailure(GraphQLException error)
{
    public GraphQLException Error { get; } = error;

    public static EntityFailure From(Exception exception) => new(exception as GraphQLException ?? new GraphQLException(new GraphQLError(exception.Message)));

    public static EntityFailure From(string message) => new(new GraphQLException(new GraphQLError(message)));
}
