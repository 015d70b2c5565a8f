using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Gateway.Http;

/// <summary>
/// Cross-site request forgery prevention. A browser sends a "simple request" (a GET, or a POST whose
/// Content-Type is form data or plain text, Fetch standard "CORS-safelisted request-header") to another
/// origin without asking first, so such a request could run an operation with the victim's cookies and
/// leak timing. Requiring a non-simple Content-Type or a custom header forces the browser to preflight,
/// and the CORS policy then decides.
/// </summary>
public static class CsrfPrevention
{
    private static readonly string[] SimpleContentTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    /// <summary>Whether a browser would have had to preflight this request.</summary>
    public static bool IsPreflighted(HttpRequest request, IReadOnlyList<string> csrfHeaders)
    {
        var contentType = request.ContentType;
        if (MediaTypeNegotiation.IsCommonJsonContentType(contentType))
        {
            // The common case, decided without parsing: JSON is not a simple content type.
            return true;
        }

        foreach (var header in csrfHeaders)
        {
            if (request.Headers.TryGetValue(header, out var value) && !string.IsNullOrEmpty(value.ToString()))
            {
                return true;
            }
        }

        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        // A Content-Type that does not parse is not one a browser sends without a preflight either.
        return !MediaTypeHeaderValue.TryParse(contentType, out var parsed) || !IsSimple(parsed.MediaType);
    }

    private static bool IsSimple(StringSegment mediaType)
    {
        foreach (var simple in SimpleContentTypes)
        {
            if (mediaType.Equals(simple, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The refusal, naming what to add.</summary>
    public static GraphQLRequestException Refusal(IReadOnlyList<string> csrfHeaders) => GraphQLRequestException.BadRequest(
        "This request has been blocked as a potential cross-site request forgery: a GET or a simple POST must carry a "
        + $"non-empty {string.Join(" or ", csrfHeaders)} header, or a Content-Type such as application/json.");
}
