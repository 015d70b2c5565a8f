using System.Net;
using System.Text;
using System.Text.Json;
using Gateway.Security.Clients;
using Gateway.Security.Jose;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Gateway.Security.Endpoints;

/// <summary>
/// The OAuth 2.0 token endpoint for the client credentials grant (RFC 6749 section 4.4). Clients authenticate
/// with client_secret_basic or client_secret_post (section 2.3.1); errors are the section 5.2 codes.
/// </summary>
internal sealed class TokenEndpoint(TokenService service)
{
    public async Task HandleAsync(HttpContext context)
    {
        // RFC 6749 section 5.1 and 5.2: token responses "MUST include the HTTP 'Cache-Control' response header
        // field with a value of 'no-store'".
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";

        if (!context.Request.HasFormContentType)
        {
            await ErrorAsync(context, "invalid_request", "The request body must be application/x-www-form-urlencoded (RFC 6749 section 4.4.2).");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        foreach (var parameter in form)
        {
            // Section 3.2: "Request and response parameters MUST NOT be included more than once."
            if (parameter.Value.Count > 1)
            {
                await ErrorAsync(context, "invalid_request", $"The parameter '{parameter.Key}' appears more than once.");
                return;
            }
        }

        var grantType = Single(form, "grant_type");
        if (grantType is null)
        {
            await ErrorAsync(context, "invalid_request", "The grant_type parameter is missing.");
            return;
        }

        var credentials = ReadCredentials(context.Request, form, out var usedBasic, out var credentialError);
        if (credentialError is not null)
        {
            await ErrorAsync(context, "invalid_request", credentialError);
            return;
        }

        var client = credentials is { } pair ? await service.Clients.AuthenticateAsync(pair.ClientId, pair.Secret, context.RequestAborted) : null;
        if (client is null)
        {
            // Section 5.2: 401, and when the client tried the Authorization header, a WWW-Authenticate challenge.
            if (usedBasic)
            {
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"" + service.Issuer.Issuer + "\"";
            }

            await ErrorAsync(context, "invalid_client", "Client authentication failed.", StatusCodes.Status401Unauthorized);
            return;
        }

        if (grantType != "client_credentials")
        {
            await ErrorAsync(context, "unsupported_grant_type", $"The grant type '{grantType}' is not supported; use client_credentials.");
            return;
        }

        var scopes = GrantedScopes(client, Single(form, "scope"), out var refusedScope);
        if (refusedScope is not null)
        {
            await ErrorAsync(context, "invalid_scope", $"The scope '{refusedScope}' is not granted to this client.");
            return;
        }

        var token = service.Issuer.IssueForClient(client, service.Audience, scopes);
        await WriteTokenAsync(context, token, scopes);
    }

    /// <summary>
    /// The client id and secret from exactly one method: the Basic header (both parts form-urlencoded before
    /// base64, RFC 6749 section 2.3.1) or the client_id/client_secret body parameters. Section 2.3: "The client
    /// MUST NOT use more than one authentication method in each request."
    /// </summary>
    private static (string ClientId, string Secret)? ReadCredentials(HttpRequest request, IFormCollection form, out bool usedBasic, out string? error)
    {
        error = null;
        var bodyId = Single(form, "client_id");
        var bodySecret = Single(form, "client_secret");
        var authorization = request.Headers.Authorization.ToString();
        usedBasic = authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase);
        if (!usedBasic)
        {
            return bodyId is not null && bodySecret is not null ? (bodyId, bodySecret) : null;
        }

        if (bodySecret is not null)
        {
            error = "Use either the Authorization header or client_secret in the body, not both (RFC 6749 section 2.3).";
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        var clientId = WebUtility.UrlDecode(decoded[..colon]);
        if (bodyId is not null && bodyId != clientId)
        {
            error = "The client_id in the body differs from the one in the Authorization header.";
            return null;
        }

        return (clientId, WebUtility.UrlDecode(decoded[(colon + 1)..]));
    }

    /// <summary>Section 3.3: the requested scopes, each of which the client must hold; all of them when none is asked.</summary>
    private static IReadOnlyList<string> GrantedScopes(ClientRegistration client, string? requested, out string? refused)
    {
        refused = null;
        if (string.IsNullOrWhiteSpace(requested))
        {
            return client.Scopes;
        }

        var scopes = requested.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var scope in scopes)
        {
            if (!client.Scopes.Contains(scope, StringComparer.Ordinal))
            {
                refused = scope;
                return [];
            }
        }

        return scopes;
    }

    private static string? Single(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) && values.Count == 1 && !StringValues.IsNullOrEmpty(values) ? values[0] : null;

    /// <summary>Section 5.1: access_token, token_type, expires_in and the scope granted.</summary>
    private async Task WriteTokenAsync(HttpContext context, string token, IReadOnlyList<string> scopes)
    {
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body, JoseJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("access_token", token);
        writer.WriteString("token_type", "Bearer");
        writer.WriteNumber("expires_in", (long)service.Issuer.Lifetime.TotalSeconds);
        writer.WriteString("scope", string.Join(' ', scopes));
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }

    /// <summary>Section 5.2: 400 with "error" and "error_description" as JSON, unless another status is given.</summary>
    private static async Task ErrorAsync(HttpContext context, string error, string description, int status = StatusCodes.Status400BadRequest)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body, JoseJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("error", error);
        writer.WriteString("error_description", description);
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
