using Gateway.Catalog.Model;
using Gateway.Federation.Composition;
using Microsoft.Extensions.Logging;

namespace Gateway.Registry;

/// <summary>
/// Keeps a replica on the newest supergraph: every <see cref="FollowerOptions.PollInterval"/> it asks the store for
/// the latest supergraph version and swaps when it is newer (<see cref="SubgraphRegistry.FollowAsync"/>). With
/// <see cref="FollowerOptions.PollSubgraphs"/>, it also asks each composed subgraph for <c>{ _service { sdl } }</c>
/// and registers a changed SDL through the registry, so it is composed, stored and swapped like any other change
/// (and rejected, with the live supergraph kept, when it does not compose).
/// </summary>
public sealed class SupergraphFollower
{
    private readonly SubgraphRegistry _registry;
    private readonly FollowerOptions _options;
    private readonly ILogger _logger;

    public SupergraphFollower(SubgraphRegistry registry, FollowerOptions? options = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _options = options ?? new FollowerOptions();
        _logger = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    }

    /// <summary>Follows until <paramref name="cancellationToken"/> is cancelled; a failing store or subgraph is logged and tried again next tick.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.PollInterval);
        using var http = new HttpClient { Timeout = SubgraphRegistry.SdlFetchTimeout };
        try
        {
            do
            {
                await TickAsync(http, cancellationToken);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task TickAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            await _registry.FollowAsync(cancellationToken);
            if (_options.PollSubgraphs)
            {
                await PollSubgraphsAsync(http, cancellationToken);
            }
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever one poll hits (the store down, a supergraph that does not load, a subgraph timing out), the
            // loop must outlive it: the gateway keeps serving what it has and the next tick tries again.
            _logger.LogWarning(error, "Following the subgraph registry failed; the served supergraph stays and the next poll tries again.");
        }
    }

    private async Task PollSubgraphsAsync(HttpClient http, CancellationToken cancellationToken)
    {
        foreach (var registration in await _registry.ListAsync(cancellationToken))
        {
            if (registration.Status == SubgraphStatus.Retired)
            {
                continue;
            }

            string sdl;
            try
            {
                sdl = await SubgraphSdlClient.FetchSdlAsync(http, registration.Url, cancellationToken);
            }
            catch (SubgraphSdlException error)
            {
                _logger.LogWarning("Subgraph {Name} did not answer for its SDL: {Problem}", registration.Name, error.Message);
                continue;
            }

            if (sdl == registration.Sdl)
            {
                continue;
            }

            var result = await _registry.RegisterAsync(
                new SubgraphChange(registration.Name, registration.Url, sdl, registration.OwnerDomain, registration.Version, registration.Status), cancellationToken);
            if (result.Succeeded)
            {
                _logger.LogInformation("Subgraph {Name} changed its SDL; serving supergraph version {Version}.", registration.Name, result.Supergraph!.Version);
            }
            else
            {
                _logger.LogWarning(
                    "Subgraph {Name} changed its SDL, which does not compose; the supergraph stays. {Errors}",
                    registration.Name,
                    result.Rejection ?? string.Join(" ", result.Errors));
            }
        }
    }
}
