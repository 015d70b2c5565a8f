using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Http;

/// <summary>
/// Builds the gateway's web host: Kestrel on the given URLs, the GraphQL endpoint, health endpoints and
/// CORS. The schema is published afterwards through <see cref="ServedSchemaState"/>, so the process
/// answers health checks while it loads.
/// </summary>
public static class GraphQLServer
{
    /// <summary>How long a shutdown waits for requests in flight before it cancels them.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    private const string CorsPolicyName = "GraphQL";

    /// <param name="urls">Where Kestrel listens, e.g. <c>http://127.0.0.1:4000</c> (port 0 picks a free port).</param>
    /// <param name="configure">Overrides applied after the <c>GraphQL</c> configuration section is bound.</param>
    /// <param name="configureBuilder">Extra host setup, e.g. logging providers.</param>
    public static WebApplication Create(
        IReadOnlyList<string> urls,
        Action<GraphQLHttpOptions>? configure = null,
        Action<WebApplicationBuilder>? configureBuilder = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        var options = new GraphQLHttpOptions();
        builder.Configuration.GetSection(GraphQLHttpOptions.SectionName).Bind(options);
        configure?.Invoke(options);

        builder.WebHost.UseUrls([.. urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // A backstop for every endpoint; the GraphQL endpoint answers over-limit bodies itself with a GraphQL error.
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });
        // One line per GraphQL request comes from RequestLog; the framework's own per-request lines repeat it.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Hosting's diagnostics category only writes the per-request start/finish lines, but while any
        // level of it is enabled, hosting starts an Activity and a logging scope for every request.
        // Off, a request costs that much less; an ActivitySource listener (tracing) still gets activities.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        builder.Services.AddSingleton<ServedSchemaState>();
        builder.Services.AddSingleton(new PersistedOperationStep(options));
        builder.Services.AddSingleton<GraphQLEndpoint>();
        if (options.CorsOrigins.Count > 0)
        {
            builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicyName, policy =>
            {
                if (options.CorsOrigins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins([.. options.CorsOrigins]);
                }

                policy.WithMethods([.. options.CorsMethods]).WithHeaders([.. options.CorsHeaders]);
            }));
        }

        configureBuilder?.Invoke(builder);

        var app = builder.Build();
        if (options.CorsOrigins.Count > 0)
        {
            app.UseCors(CorsPolicyName);
        }

        HealthEndpoints.Map(app);
        var endpoint = app.Services.GetRequiredService<GraphQLEndpoint>();
        app.Map(options.Path, (RequestDelegate)endpoint.HandleAsync);
        return app;
    }
}
