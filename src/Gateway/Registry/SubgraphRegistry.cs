using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.CatalogApi;
using Gateway.Federated;
using Gateway.Federation.Composition;
using Gateway.Federation.Supergraphs;

namespace Gateway.Registry;

/// <summary>
/// The subgraph registry: every change (register, change, remove) composes a candidate supergraph from the stored
/// registrations with the change applied. A candidate that composes and loads is stored with the change in one
/// transaction, as the next supergraph version, and served; one that does not stores nothing and returns every
/// error. Several gateway replicas may change one store: the version check makes the later writer compose again
/// from what the earlier one stored, so no change is lost and versions stay one sequence.
/// </summary>
public sealed class SubgraphRegistry
{
    /// <summary>The owner domain of a subgraph registered without one.</summary>
    public const string DefaultDomain = "default";

    // A change that keeps losing the race to other writers gives up after this many compositions.
    private const int MaxAttempts = 10;

    private static readonly SemanticVersion FirstVersion = new(1, 0, 0);

    private readonly ICatalogStore _store;
    private readonly LiveSupergraph? _live;
    private readonly TimeProvider _clock;
    private readonly Security.CatalogContractRules? _contractRules;
    private readonly SemaphoreSlim _following = new(1, 1);

    // The newest stored version that did not load, so following does not read it again every tick.
    private long _unloadable = -1;

    /// <param name="store">Where registrations and supergraphs are stored.</param>
    /// <param name="live">The supergraph this gateway serves, swapped after each stored change; null for a registry that only writes (the command line).</param>
    /// <param name="clock">The time of registrations.</param>
    /// <param name="contractRules">The contract rules enforced on <paramref name="live"/>, loaded again before a newer stored supergraph is served; none when null.</param>
    public SubgraphRegistry(ICatalogStore store, LiveSupergraph? live = null, TimeProvider? clock = null, Security.CatalogContractRules? contractRules = null)
    {
        _contractRules = contractRules;
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _live = live;
        _clock = clock ?? TimeProvider.System;
    }

    public Task<IReadOnlyList<SubgraphRegistration>> ListAsync(CancellationToken cancellationToken) => _store.ListSubgraphsAsync(cancellationToken);

    /// <summary>The newest stored supergraph version; 0 when none.</summary>
    public Task<long> LatestVersionAsync(CancellationToken cancellationToken) => _store.GetLatestSupergraphVersionAsync(cancellationToken);

    /// <summary>Registers a subgraph, or changes the one registered under its name.</summary>
    public async Task<RegistryResult> RegisterAsync(SubgraphChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var domain = change.OwnerDomain ?? DefaultDomain;
        if (!ProductUrn.IsPart(domain))
        {
            return RegistryResult.Refused($"The owner domain '{domain}' is not a domain name: use lower-case letters, digits and hyphens, starting with a letter.");
        }

        var sdl = change.Sdl;
        if (sdl is null)
        {
            using var http = new HttpClient { Timeout = SdlFetchTimeout };
            try
            {
                sdl = await SubgraphSdlClient.FetchSdlAsync(http, change.Url, cancellationToken);
            }
            catch (SubgraphSdlException error)
            {
                return RegistryResult.Refused($"Subgraph {change.Name}: {error.Message}");
            }
        }

        var registration = new SubgraphRegistration(
            change.Name, change.Url, sdl, domain, new ProductUrn(domain, ProductName(change.Name)), change.Version ?? FirstVersion, change.Status, _clock.GetUtcNow());
        return await CommitAsync(
            registrations => Replace(registrations, registration),
            (supergraph, expected) => _store.SaveSubgraphAsync(registration, supergraph, expected, cancellationToken),
            cancellationToken);
    }

    /// <summary>Removes a subgraph from the registry and the supergraph.</summary>
    public Task<RegistryResult> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return CommitAsync(
            registrations => registrations.FindIndex(registration => registration.Name == name) < 0 ? null : registrations.FindAll(registration => registration.Name != name),
            (supergraph, expected) => _store.RemoveSubgraphAsync(name, supergraph, expected, cancellationToken),
            cancellationToken,
            $"No subgraph is registered as '{name}'; 'gateway subgraph list' shows the registered names.");
    }

    /// <summary>
    /// Serves the store's newest supergraph when it is newer than the live one (another replica stored it).
    /// Returns the version served afterwards; a stored supergraph that does not load is skipped (and the live one stays).
    /// </summary>
    public async Task<long> FollowAsync(CancellationToken cancellationToken)
    {
        if (_live is null)
        {
            return 0;
        }

        await _following.WaitAsync(cancellationToken);
        try
        {
            var latest = await _store.GetLatestSupergraphVersionAsync(cancellationToken);
            if (latest > _live.Version && latest != _unloadable && await _store.GetLatestSupergraphAsync(cancellationToken) is { } stored)
            {
                if (_contractRules is not null)
                {
                    // Another gateway published: its contracts are in force before its supergraph is served here.
                    await _contractRules.RefreshAsync(cancellationToken);
                }

                try
                {
                    _live.TryActivate(stored.Version, stored.Sdl);
                }
                catch (SupergraphException)
                {
                    _unloadable = stored.Version;
                    throw;
                }
            }

            return _live.Version;
        }
        finally
        {
            _following.Release();
        }
    }

    /// <summary>How long a subgraph may take to answer <c>{ _service { sdl } }</c>.</summary>
    public static TimeSpan SdlFetchTimeout { get; } = TimeSpan.FromSeconds(10);

    private async Task<RegistryResult> CommitAsync(
        Func<List<SubgraphRegistration>, List<SubgraphRegistration>?> apply,
        Func<string, long, Task<StoredSupergraph>> store,
        CancellationToken cancellationToken,
        string? missing = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            // The version first: a change stored between the two reads makes the write below fail its version check.
            var expected = await _store.GetLatestSupergraphVersionAsync(cancellationToken);
            var registrations = new List<SubgraphRegistration>(await _store.ListSubgraphsAsync(cancellationToken));
            if (apply(registrations) is not { } candidate)
            {
                return RegistryResult.Refused(missing ?? "The change does not apply to the registry.");
            }

            var composed = SupergraphComposer.Compose(Sources(candidate), CatalogApiField.ReservedNames);
            if (!composed.Succeeded)
            {
                return RegistryResult.NotComposed(composed.Errors);
            }

            Supergraph supergraph;
            try
            {
                supergraph = SupergraphReader.Read(composed.SupergraphSdl!, $"supergraph version {expected + 1}");
            }
            catch (SupergraphException error)
            {
                return RegistryResult.Refused($"The composed supergraph does not load: {error.Message}");
            }

            StoredSupergraph stored;
            try
            {
                stored = await store(composed.SupergraphSdl!, expected);
            }
            catch (CatalogConflictException error)
            {
                if (attempt < MaxAttempts)
                {
                    continue;
                }

                return RegistryResult.Refused($"Other changes kept being stored first ({MaxAttempts} attempts): {error.Message}");
            }
            catch (CatalogRejectedException error)
            {
                return RegistryResult.Refused(error.Message);
            }

            _live?.TryActivate(stored.Version, supergraph);
            return RegistryResult.Stored(stored);
        }
    }

    private static List<SubgraphRegistration> Replace(List<SubgraphRegistration> registrations, SubgraphRegistration registration)
    {
        var index = registrations.FindIndex(existing => existing.Name == registration.Name);
        if (index < 0)
        {
            registrations.Add(registration);
        }
        else
        {
            registrations[index] = registration;
        }

        return registrations;
    }

    private static List<SubgraphSource> Sources(List<SubgraphRegistration> registrations)
    {
        var sources = new List<SubgraphSource>(registrations.Count);
        foreach (var registration in registrations)
        {
            if (registration.Status != SubgraphStatus.Retired)
            {
                sources.Add(new SubgraphSource(registration.Name, registration.Url.ToString(), registration.Sdl));
            }
        }

        return sources;
    }

    /// <summary>The product name a registered subgraph stands for: its name as a URN part (<c>Inventory_V2</c> -> <c>inventory-v2</c>).</summary>
    private static string ProductName(string subgraphName)
    {
        Span<char> slug = stackalloc char[Math.Min(subgraphName.Length, 63)];
        for (var i = 0; i < slug.Length; i++)
        {
            var c = char.ToLowerInvariant(subgraphName[i]);
            slug[i] = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '-';
        }

        var name = slug.ToString().Trim('-');
        return ProductUrn.IsPart(name) ? name : $"subgraph-{name}".TrimEnd('-');
    }
}
