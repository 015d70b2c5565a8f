using Gateway.GraphQL;

namespace Gateway.LocalGraphQL;

/// <summary>
/// A response as JSON (Spec 7.1), with how many errors it carries; <see cref="DocumentErrors"/> holds the
/// syntax or validation errors when the document itself was at fault, so callers can point at the file.
/// </summary>
public sealed record LocalResponse(string Json, int ErrorCount, IReadOnlyList<GraphQLError>? DocumentErrors = null);
