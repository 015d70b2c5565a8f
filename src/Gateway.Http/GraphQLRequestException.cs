namespace Gateway.Http;

/// <summary>
/// A request the endpoint cannot run, with the HTTP status that says why (400 malformed, 405 mutation over
/// GET, 406, 408, 413, 415, 503) and a message a client developer can act on. It becomes a GraphQL
/// response with one error whose <c>extensions.code</c> is <see cref="Code"/>.
/// </summary>
public sealed class GraphQLRequestException : Exception
{
    public GraphQLRequestException(int statusCode, string code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public int StatusCode { get; }

    /// <summary>A stable machine-readable reason, e.g. <c>BAD_REQUEST</c>, <c>REQUEST_TOO_LARGE</c>.</summary>
    public string Code { get; }

    public static GraphQLRequestException BadRequest(string message) => new(400, "BAD_REQUEST", message);
}
