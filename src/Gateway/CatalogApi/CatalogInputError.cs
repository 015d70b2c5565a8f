using Gateway.GraphQL;

namespace Gateway.CatalogApi;

/// <summary>
/// The error a catalog field answers when its arguments cannot be used (a page too large, a cursor from elsewhere,
/// a malformed URN): a field error with the code <c>BAD_USER_INPUT</c>, its message saying what to send instead.
/// </summary>
public static class CatalogInputError
{
    public const string Code = "BAD_USER_INPUT";

    public static GraphQLException Create(string message) =>
        new(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = Code }));
}
