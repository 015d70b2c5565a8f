using Gateway.Catalog.Storage;
using Gateway.CatalogApi;
using Gateway.CatalogApi.Search;
using Gateway.Federated;
using Gateway.Http;
using Gateway.Publishing;
using Gateway.Registry;
using Gateway.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Commands;

public static partial class ServeCommand
{
    /// <summary>
    /// <c>--registry</c>: serves the newest supergraph the subgraph registry stored in the catalog store, and follows
    /// the store (<see cref="SupergraphFollower"/>): each newer version is swapped in without dropping requests. Until
    /// a supergraph is stored, <c>/health/ready</c> answers 503. The served schema has the catalog API under <c>catalog</c>
    /// (<see cref="CatalogApiField"/>); its changes only with <see cref="FollowerOptions.AdminApi"/>.
    /// </summary>
    public static async Task<int> RunRegistryAsync(
        ServeSettings settings, CatalogStoreSettings store, FollowerOptions follower, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var catalog = await CatalogStoreOptions.OpenAsync(store, create: true, cancellationToken);
        await using var app = CreateServer(settings);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException error)
        {
            throw new UnusableInputException($"Cannot listen on {string.Join(", ", settings.Urls)}: {error.Message}");
        }

        await using var search = SearchIndexerService.Start(
            catalog, await SearchCommand.OpenIndexAsync(store, settings.Search, cancellationToken),
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.Search"));
        SubgraphRegistry? registry = null;
        ProductPublisher? publisher = null;
        var (access, contractRules) = await CatalogAccessAsync(
            settings, catalog, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.AccessRules"), cancellationToken);
        using var rulesInForce = contractRules;
        var catalogApi = new CatalogApiField(
            CatalogApiModules.Create(catalog, () => registry!, () => publisher!, follower.AdminApi, search.Index, settings.Identity, contractRules));
        using var usage = new ProductUsageMeter();
        await using var usageWriter = new ProductUsageWriter(
            usage, catalog, settings.Usage, logger: app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.Usage"));
        using var live = new LiveSupergraph(
            app.Services.GetRequiredService<ServedSchemaState>(), settings.SubgraphTransport, gatewayField: catalogApi, access: access, usage: usage);
        registry = new SubgraphRegistry(catalog, live, contractRules: contractRules);
        publisher = new ProductPublisher(catalog, live, contractRules: contractRules);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.Registry");
        using var stopFollowing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var following = new SupergraphFollower(registry, follower, logger).RunAsync(stopFollowing.Token);

        var path = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLHttpOptions>>().Value.Path;
        foreach (var url in app.Urls)
        {
            await output.WriteLineAsync($"Serving the registry's supergraph at {url.TrimEnd('/')}{path}, following changes every {follower.PollInterval.TotalSeconds:0.###} s (Ctrl+C to stop)");
        }

        await output.FlushAsync(CancellationToken.None);
        try
        {
            await app.WaitForShutdownAsync(cancellationToken);
        }
        finally
        {
            await stopFollowing.CancelAsync();
            await following;
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// The contract enforcement of a gateway serving from a catalog: with identity and no <c>--contracts</c>, the
    /// rules of the contracts published in <paramref name="catalog"/> (kept current by the publisher and the
    /// follower), the clients' grants and the audit log; otherwise what <see cref="ServeSettings.Access"/> says.
    /// </summary>
    /// <param name="logger">Where a stored contract that no longer reads is reported.</param>
    internal static async Task<(Security.Policies.FieldAccessPipeline? Access, Security.CatalogContractRules? Rules)> CatalogAccessAsync(
        ServeSettings settings, ICatalogStore catalog, ILogger logger, CancellationToken cancellationToken)
    {
        if (settings.Identity is not { } identity || settings.Access is not null)
        {
            return (settings.Access, null);
        }

        Security.CatalogContractRules rules;
        try
        {
            rules = await Security.CatalogContractRules.LoadAsync(catalog, cancellationToken, logger);
        }
        catch (InvalidDataException error)
        {
            throw new UnusableInputException(error.Message);
        }

        return (identity.CreateFieldAccess(rules.Rules), rules);
    }
}
