using System.Globalization;
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
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var path = context.Request.Path;
                if (!path.StartsWithSegments(graphQLPath) && !path.StartsWithSegments(Endpoints.TokenService.TokenPath))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                var key = path.StartsWithSegments(graphQLPath) && context.GetAccessTokenClaims() is { } claims
                    ? "client:" + claims.Issuer + " " + claims.ClientId
                    : "address:" + context.Connection.RemoteIpAddress;
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
