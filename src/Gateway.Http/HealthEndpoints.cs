using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Http;

/// <summary>
/// <c>GET /health</c>: the process is up (liveness). <c>GET /health/ready</c>: a schema is being served
/// (readiness), 503 before, so orchestrators hold traffic back while the gateway starts.
/// </summary>
public static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", (HttpContext context) => WriteAsync(context, 200, "up"));
        endpoints.MapGet("/health/ready", (HttpContext context) =>
        {
            var ready = context.RequestServices.GetRequiredService<ServedSchemaState>().IsReady;
            return ready ? WriteAsync(context, 200, "ready") : WriteAsync(context, 503, "starting");
        });
    }

    private static Task WriteAsync(HttpContext context, int statusCode, string status)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync($"{{\"status\":\"{status}\"}}", context.RequestAborted);
    }
}
