namespace Gateway.Http;

/// <summary>The two media types a GraphQL response can carry (draft "Media Types").</summary>
public enum ResponseMediaType
{
    /// <summary><c>application/graphql-response+json</c>: status codes tell request errors from results.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: the legacy type; well-formed requests get 200 whatever happened.</summary>
    Json,
}
