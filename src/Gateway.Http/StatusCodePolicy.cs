namespace Gateway.Http;

/// <summary>Which edition of the GraphQL-over-HTTP draft decides the status code of a GraphQL response.</summary>
public enum StatusCodePolicy
{
    /// <summary>
    /// The 2024-2025 draft, which the graphql-http audit encodes: under <c>application/json</c> every
    /// well-formed request gets 200; under <c>application/graphql-response+json</c> a response without
    /// data (parse, validation, variable coercion failure) gets 400, one with data 200.
    /// </summary>
    Compatible,

    /// <summary>
    /// The newer draft (graphql-over-http #346/#354): under <c>application/graphql-response+json</c> a
    /// document that does not parse gets 400, one that fails validation, names no runnable operation or
    /// whose variables do not coerce gets 422, and data with errors (partial success) gets 294.
    /// <c>application/json</c> responses stay 200, as legacy clients expect.
    /// </summary>
    Draft,
}
