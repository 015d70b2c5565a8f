using System.Text.Json;
using Gateway.Security.Jose;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Security.Endpoints;

/// <summary>
/// Maps the token service onto an ASP.NET Core app: the OAuth 2.0 token endpoint (client credentials grant,
/// RFC 6749 section 4.4), the JWKS (RFC 7517 section 5) and the discovery document (RFC 8414, at the OpenID
/// Connect Discovery path that most clients look up).
/// </summary>
public static class TokenServiceEndpoints
{
    public static IEndpointRouteBuilder MapTokenService(this IEndpointRouteBuilder endpoints, TokenService service)
    {
        var tokenEndpoint = new TokenEndpoint(service);
        // RFC 6749 section 3.2: "The client MUST use the HTTP 'POST' method when making access token requests."
        endpoints.MapPost(TokenService.TokenPath, tokenEndpoint.HandleAsync);
        endpoints.MapGet(TokenService.KeySetPath, context => WriteJsonAsync(context, service.Keys.PublishedKeys.ToJson()));
        endpoints.MapGet(TokenService.DiscoveryPath, context => WriteJsonAsync(context, DiscoveryDocument(service.Issuer.Issuer)));
        return endpoints;
    }

    /// <summary>RFC 8414 section 2: the authorization server metadata, with endpoint URLs under the issuer.</summary>
    private static string DiscoveryDocument(string issuer)
    {
        var root = issuer.TrimEnd('/');
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JoseJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("issuer", issuer);
            writer.WriteString("token_endpoint", root + TokenService.TokenPath);
            writer.WriteString("jwks_uri", root + TokenService.KeySetPath);
            JoseJson.WriteStrings(writer, "grant_types_supported", ["client_credentials"]);
            JoseJson.WriteStrings(writer, "token_endpoint_auth_methods_supported", ["client_secret_basic", "client_secret_post"]);
            // RFC 8414 section 2 makes response_types_supported required; with no authorization endpoint the list is empty.
            JoseJson.WriteStrings(writer, "response_types_supported", []);
            JoseJson.WriteStrings(writer, "access_token_signing_alg_values_supported", [JwsAlgorithms.ES256]);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }


    private static Task WriteJsonAsync(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json, context.RequestAborted);
    }
}
