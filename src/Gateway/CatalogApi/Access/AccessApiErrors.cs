using Gateway.GraphQL;

namespace Gateway.CatalogApi.Access;

/// <summary>
/// The field errors of the access API's queries: <c>FORBIDDEN</c> when the caller's roles do not allow the read (a
/// request without a token is anonymous and may read nothing here), <c>BAD_USER_INPUT</c> when an argument cannot be
/// used. Mutations answer such outcomes in their payload instead.
/// </summary>
public static class AccessApiErrors
{
    public const string Forbidden = "FORBIDDEN";
    public const string Rejected = "REJECTED";
    public const string BadUserInput = "BAD_USER_INPUT";

    public static GraphQLException Create(string code, string message) =>
        new(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code }));
}
