using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Gateway.Security.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Security;

/// <summary>
/// ASP.NET Core rate limiting per client: a fixed window per token's client id on the GraphQL endpoint, per remote
/// address for requests without a token and on the token endpoint (which also slows secret guessing). A refused
/// request is 429 with <c>Retry-After</c> in seconds (RFC 6585 section 4; RFC 9110 section 10.2.3). Health endpoints
/// are never limited.
/// </summary>
public static class ClientRateLimiting
{
    public static IServiceCollection AddClientRateLimits(this IServiceCollection services, ClientRateLimit limit, string graphQLPath)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The partition key is a value tuple (issuer, client, address): no string is built per request.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, (string? Issuer, string? Client, IPAddress? Address)>(context =>
            {
                var path = context.Request.Path;
                var graphQL = path.StartsWithSegments(graphQLPath);
                if (!graphQL && !path.StartsWithSegments(Endpoints.TokenService.TokenPath))
                {
                    return RateLimitPartition.GetNoLimiter<(string?, string?, IPAddress?)>(default);
                }

                var key = graphQL && context.GetAccessTokenClaims() is { } claims
                    ? (claims.Issuer, claims.ClientId, null)
                    : ((string?)null, (string?)null, context.Connection.RemoteIpAddress);
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = limit.Window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.OnRejected = (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limit.Window;
                context.HttpContext.Response.Headers.RetryAfter =
                    ((long)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds))).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "application/json";
                return new ValueTask(context.HttpContext.Response.WriteAsync(
                    """{"errors":[{"message":"Too many requests from this client; wait for the time Retry-After gives.","extensions":{"code":"RATE_LIMITED"}}]}""",
                    cancellationToken));
            };
        });
    }
}
