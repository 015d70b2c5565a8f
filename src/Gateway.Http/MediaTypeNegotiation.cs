using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Gateway.Http;

/// <summary>Content negotiation for the endpoint: the <c>Accept</c> header and the request's <c>Content-Type</c>.</summary>
public static class MediaTypeNegotiation
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type for an <c>Accept</c> header, or null when the client accepts neither (406).
    /// Draft "Accept": no header is treated as <c>application/json</c> (legacy clients), and so are
    /// wildcards, which is what the graphql-http audit expects (47DE, 80D8); the graphql-response type is
    /// used only when the client names it and prefers it at least as much as <c>application/json</c>.
    /// </summary>
    public static ResponseMediaType? ChooseResponseType(StringValues acceptValues)
    {
        if (acceptValues.Count == 1 && CommonAcceptValue(acceptValues[0]) is { } common)
        {
            return common;
        }

        if (acceptValues.Count == 0
            || !MediaTypeHeaderValue.TryParseList(acceptValues, out var accepted) || accepted.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        double graphQLQuality = -1;
        double jsonQuality = -1;
        foreach (var range in accepted)
        {
            var quality = range.Quality ?? 1;
            if (quality <= 0)
            {
                continue;
            }

            if (range.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                if (!IsUtf8(range))
                {
                    continue;
                }

                graphQLQuality = Math.Max(graphQLQuality, quality);
            }
            else if (range.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                if (!IsUtf8(range))
                {
                    continue;
                }

                jsonQuality = Math.Max(jsonQuality, quality);
            }
        }

        if (graphQLQuality < 0 && jsonQuality < 0)
        {
            return null;
        }

        return graphQLQuality >= jsonQuality ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
    }

    /// <summary>
    /// The answer for Accept values clients send verbatim (what the full parse below would decide), so
    /// most requests skip parsing; null for anything else.
    /// </summary>
    private static ResponseMediaType? CommonAcceptValue(string? value) => value switch
    {
        "" or "*/*" or Json => ResponseMediaType.Json,
        GraphQLResponseJson
            or GraphQLResponseJson + ", " + Json
            or GraphQLResponseJson + ", " + Json + ";q=0.9"
            or GraphQLResponseJson + ", " + Json + "; q=0.9"
            or Json + ", " + GraphQLResponseJson => ResponseMediaType.GraphQLResponseJson,
        _ => null,
    };

    /// <summary>Whether a <c>Content-Type</c> value is, verbatim, one of the common spellings of JSON in UTF-8.</summary>
    public static bool IsCommonJsonContentType(string? contentType) =>
        contentType is not null
        && (contentType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || contentType.Equals(Json + "; charset=utf-8", StringComparison.OrdinalIgnoreCase)
            || contentType.Equals(Json + ";charset=utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The <c>Content-Type</c> header value for a response type, always with its charset.</summary>
    public static string HeaderValue(ResponseMediaType type) => type == ResponseMediaType.GraphQLResponseJson
        ? GraphQLResponseJson + "; charset=utf-8"
        : Json + "; charset=utf-8";

    /// <summary>
    /// Whether a POST's <c>Content-Type</c> is JSON in UTF-8 (draft "POST": <c>application/json</c>, UTF-8
    /// assumed when no charset is given). Anything else is 415.
    /// </summary>
    public static bool IsJsonRequest(string? contentType) =>
        IsCommonJsonContentType(contentType)
        || MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && IsUtf8(parsed);

    private static bool IsUtf8(MediaTypeHeaderValue value)
    {
        if (!value.Charset.HasValue)
        {
            return true;
        }

        // RFC 9110 5.6.6: a parameter value may be a quoted string; charset="utf-8" is charset=utf-8.
        var charset = HeaderUtilities.RemoveQuotes(value.Charset);
        return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
