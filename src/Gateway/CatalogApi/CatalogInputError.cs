using Gateway.GraphQL;

namespace Gateway.CatalogApi;

/// <summary>
/// The error a catalog field answers when its arguments cannot be used (a page too large, a cursor from elsewhere,
/// a malformed URN): a field error with the code <c>BAD_USER_INPUT</c>, its message saying what to send instead.
/// </summary>
public static class CatalogInputError
{
    public const string Code = "BAD_USER_INPUT";

    /// <summary>How many characters of a refused value a message repeats: enough to recognise it, not a hostile megabyte.</summary>
    private const int QuotedLength = 80;

    /// <summary>The value in quotes for a message, cut short when long.</summary>
    public static string Quote(string? value) =>
        value is null ? "null" : value.Length <= QuotedLength ? $"'{value}'" : $"'{value[..QuotedLength]}...' ({value.Length} characters)";

    public static GraphQLException Create(string message) =>
        new(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = Code }));
}
