using Gateway.GraphQL.Execution;

namespace Gateway.Http;

/// <summary>The status code of a GraphQL response (draft "Response", by media type and policy).</summary>
public static class GraphQLStatusCodes
{
    /// <summary>Draft #346: data together with errors, a partial success.</summary>
    public const int PartialSuccess = 294;

    public static int For(ExecutionResult result, bool isSyntaxError, ResponseMediaType mediaType, StatusCodePolicy policy)
    {
        // Draft "application/json": a well-formed request gets 200 whatever the GraphQL outcome, because
        // legacy clients read errors from the body and treat other codes as transport failures.
        if (mediaType == ResponseMediaType.Json)
        {
            return 200;
        }

        if (!result.HasData)
        {
            // Draft "application/graphql-response+json": no data entry means the request failed before
            // execution, which MUST be 4xx or 5xx. The newer draft separates a document that does not
            // parse (400) from one that is not a runnable request (422).
            return policy == StatusCodePolicy.Draft && !isSyntaxError ? 422 : 400;
        }

        return policy == StatusCodePolicy.Draft && result.Errors.Count > 0 && result.Data is not null
            ? PartialSuccess
            : 200;
    }
}
