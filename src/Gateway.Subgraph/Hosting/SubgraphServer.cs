using Gateway.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Subgraph.Hosting;

/// <summary>
/// Serves a <see cref="Subgraph"/> over the gateway's GraphQL-over-HTTP layer (<see cref="GraphQLServer"/>):
/// Kestrel on the given URLs, <c>POST /graphql</c> (the path gateways call), health endpoints, and the
/// same limits and options as the gateway's own endpoint.
/// </summary>
/// <example>
/// <code>
/// await using var app = SubgraphServer.Create(subgraph, ["http://127.0.0.1:4001"]);
/// await app.RunAsync();
/// </code>
/// </example>
public static class SubgraphServer
{
    /// <param name="subgraph">What to serve; published before the host starts, so it is ready at once.</param>
    /// <param name="urls">Where Kestrel listens; port 0 picks a free port (read it from <see cref="ListeningUrl"/> once started).</param>
    /// <param name="configure">Endpoint options, applied after the <c>GraphQL</c> configuration section.</param>
    /// <param name="configureBuilder">Extra host setup: services the resolvers use, logging.</param>
    public static WebApplication Create(
        Subgraph subgraph,
        IReadOnlyList<string> urls,
        Action<GraphQLHttpOptions>? configure = null,
        Action<WebApplicationBuilder>? configureBuilder = null)
    {
        ArgumentNullException.ThrowIfNull(subgraph);
        var app = GraphQLServer.Create(urls, configure, configureBuilder);
        app.Services.GetRequiredService<ServedSchemaState>().Publish(subgraph.Schema);
        return app;
    }

    /// <summary>Replaces what a running subgraph server serves; requests in flight finish on the old schema.</summary>
    public static void Publish(WebApplication app, Subgraph subgraph)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(subgraph);
        app.Services.GetRequiredService<ServedSchemaState>().Publish(subgraph.Schema);
    }

    /// <summary>The first URL a started server listens on, with the GraphQL path: what a gateway or supergraph names.</summary>
    public static Uri ListeningUrl(WebApplication app, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Urls.FirstOrDefault()
            ?? throw new InvalidOperationException("The subgraph server is not listening yet; start it (StartAsync) before asking for its URL.");
        return new Uri(new Uri(address), path);
    }
}
