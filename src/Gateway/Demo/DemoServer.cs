using Gateway.CatalogApi;
using Gateway.CatalogApi.Search;
using Gateway.Commands;
using Gateway.Federated;
using Gateway.Http;
using Gateway.Publishing;
using Gateway.Registry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Demo;

/// <summary>
/// <c>gateway serve --demo</c>: generates the sample systems of record, starts the registration, sales and
/// player subgraphs on loopback ports, publishes their data products into the demo's catalog
/// (<see cref="DemoCatalog"/>, through <see cref="ProductPublisher"/>), serves the supergraph the catalog stored
/// and prints what to try. Ctrl+C (SIGINT/SIGTERM) stops the gateway, then the subgraphs.
/// </summary>
public static class DemoServer
{
    /// <summary>Runs the demo until the process is asked to stop or <paramref name="cancellationToken"/> is cancelled.</summary>
    public static async Task<int> RunAsync(ServeSettings serve, DemoSettings demo, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serve);
        ArgumentNullException.ThrowIfNull(demo);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        await using var mesh = await DemoMesh.StartAsync(demo, output, cancellationToken).ConfigureAwait(false);
        await using var app = ServeCommand.CreateServer(serve);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException error)
        {
            throw new UnusableInputException($"Cannot listen on {string.Join(", ", serve.Urls)}: {error.Message}");
        }

        // Each product enters the supergraph the way a domain team's does: published through the catalog.
        // With identity, its store is the demo's fresh catalog (see ServeCommand): clients, grants and products in one
        // store, so the printed tokens' grants meet the published contracts at once. The identity owns that store.
        await using var ownCatalog = serve.Identity is null ? await DemoCatalog.OpenFreshAsync(demo.DataDirectory, cancellationToken).ConfigureAwait(false) : null;
        var catalog = serve.Identity?.Store ?? ownCatalog!;
        // Without identity the catalog API is served read-only: there is no authentication to guard changes with. With
        // identity its changes are served to the roles each needs, and the access API beside them.
        SubgraphRegistry? registry = null;
        ProductPublisher? publisher = null;
        var (access, contractRules) = await ServeCommand.CatalogAccessAsync(
            serve, catalog, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.AccessRules"), cancellationToken).ConfigureAwait(false);
        using var rulesInForce = contractRules;

        // Search over the demo catalog, embedded in its file and kept current from its outbox, as `serve --registry` does.
        var searchIndex = new Search.Sqlite.SqliteSearchIndex(Path.Combine(demo.DataDirectory.FullName, DemoCatalog.FileName));
        await searchIndex.InitializeAsync(cancellationToken).ConfigureAwait(false);
        await using var search = SearchIndexerService.Start(
            catalog, searchIndex, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.Search"));
        var catalogApi = new CatalogApiField(
            CatalogApiModules.Create(
                catalog, () => registry!, () => publisher!, admin: false, search: search.Index, identity: serve.Identity, contractRules: contractRules));
        using var usage = new Usage.ProductUsageMeter();
        await using var usageWriter = new Usage.ProductUsageWriter(usage, catalog, serve.Usage);
        using var live = new LiveSupergraph(
            app.Services.GetRequiredService<ServedSchemaState>(), serve.SubgraphTransport, gatewayField: catalogApi, access: access, usage: usage);
        registry = new SubgraphRegistry(catalog, live, contractRules: contractRules);
        publisher = new ProductPublisher(catalog, live, contractRules: contractRules);
        await output.WriteLineAsync($"Publishing the sample data products into {Path.Combine(demo.DataDirectory.FullName, DemoCatalog.FileName)}:").ConfigureAwait(false);
        if (!await DemoCatalog.PublishAsync(publisher, mesh, output, errors, cancellationToken).ConfigureAwait(false))
        {
            return ExitCodes.Findings;
        }

        var path = app.Services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Path;
        var endpoint = $"{app.Urls.First().TrimEnd('/')}{path}";
        await output.WriteLineAsync($"Serving the demo data mesh at {endpoint} (Ctrl+C to stop)").ConfigureAwait(false);
        await WriteSuggestionsAsync(output, endpoint, DemoExamples.SampleUserId(demo.Sizes.Users)).ConfigureAwait(false);
        if (serve.Identity is { } identity)
        {
            await Security.DemoClients.PrepareAsync(identity, endpoint, DemoExamples.SampleUserId(demo.Sizes.Users), output, cancellationToken).ConfigureAwait(false);
        }

        await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Runs the demo with identity (as <c>gateway serve --demo</c> does): clients, grants, the audit log and the
    /// published products share the demo's fresh catalog, and the sample contracts are enforced with the clients' grants.
    /// </summary>
    public static Task<int> RunWithIdentityAsync(
        ServeSettings serve, DemoSettings demo, Security.IdentitySettings identity, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(demo);
        return ServeCommand.RunWithIdentityAsync(
            serve, identity, async token => await DemoCatalog.OpenFreshAsync(demo.DataDirectory, token).ConfigureAwait(false),
            served => RunAsync(served, demo, output, errors, cancellationToken), cancellationToken);
    }

    private static async Task WriteSuggestionsAsync(TextWriter output, string endpoint, string userId)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"Try these in any GraphQL client pointed at {endpoint}:").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"# User {userId} (registration) with their orders (sales) and listening (player)").ConfigureAwait(false);
        await output.WriteLineAsync(DemoExamples.UserWithOrdersAndListening(userId)).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("# The latest plays (player) and who listened (registration)").ConfigureAwait(false);
        await output.WriteLineAsync(DemoExamples.LatestPlaysWithListeners).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("# The latest orders (sales), their buyers (registration) and what the buyers listen to (player)").ConfigureAwait(false);
        await output.WriteLineAsync(DemoExamples.LatestOrdersWithBuyers).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("Or from a shell:").ConfigureAwait(false);
        await output.WriteLineAsync($"  {DemoExamples.Curl(endpoint, userId)}").ConfigureAwait(false);
    }
}
