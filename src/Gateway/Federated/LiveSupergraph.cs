using Gateway.Federation.Supergraphs;
using Gateway.Federation.Transport;
using Gateway.Http;
using Gateway.Security.Policies;

namespace Gateway.Federated;

/// <summary>
/// The supergraph a gateway serves now, swapped atomically: <see cref="TryActivate"/> builds the candidate's
/// planner and connections, publishes its API schema with it through <see cref="ServedSchemaState"/> (new
/// requests see it from that moment; each request keeps the schema, document cache and runner it started with)
/// and retires the previous generation, whose plans go with it. Versions only move forward, so replicas that
/// learn of versions in any order converge on the newest; a candidate that does not load never replaces the live one.
/// </summary>
public sealed class LiveSupergraph : IDisposable
{
    /// <summary>How long a retired generation keeps its connections after its last request (see <see cref="SupergraphGeneration"/>).</summary>
    public static readonly TimeSpan DefaultDrainDelay = TimeSpan.FromSeconds(5);

    private readonly ServedSchemaState _served;
    private readonly SubgraphTransportOptions? _transport;
    private readonly TimeSpan _drainDelay;
    private readonly IGatewayRootField? _gatewayField;
    private readonly FieldAccessPipeline? _access;
    private readonly Usage.ProductUsageMeter? _usage;
    private readonly Lock _swap = new();
    private volatile SupergraphGeneration? _current;

    /// <param name="served">Where the endpoint reads what it serves.</param>
    /// <param name="transport">Timeouts and circuit breaker for the subgraphs.</param>
    /// <param name="drainDelay">How long a retired generation keeps its connections after its last request.</param>
    /// <param name="gatewayField">A root field the gateway answers itself (the registry's <c>catalog</c>), added to every served schema.</param>
    /// <param name="access">Enforces the data contracts on every generation's federated operations; none when null.</param>
    /// <param name="usage">Counts every generation's operations and fetches per subgraph (usage per product); nothing is counted when null.</param>
    public LiveSupergraph(
        ServedSchemaState served,
        SubgraphTransportOptions? transport = null,
        TimeSpan? drainDelay = null,
        IGatewayRootField? gatewayField = null,
        FieldAccessPipeline? access = null,
        Usage.ProductUsageMeter? usage = null)
    {
        ArgumentNullException.ThrowIfNull(served);
        _served = served;
        _transport = transport;
        _drainDelay = drainDelay ?? DefaultDrainDelay;
        _gatewayField = gatewayField;
        _access = access;
        _usage = usage;
    }

    /// <summary>The generation serving now; null until the first activation.</summary>
    public SupergraphGeneration? Current => _current;

    /// <summary>The version serving now; 0 before the first activation.</summary>
    public long Version => _current?.Version ?? 0;

    /// <summary>
    /// Serves <paramref name="supergraph"/> as <paramref name="version"/> when that is newer than what is served;
    /// returns false (and changes nothing) otherwise.
    /// </summary>
    public bool TryActivate(long version, Supergraph supergraph)
    {
        ArgumentNullException.ThrowIfNull(supergraph);
        lock (_swap)
        {
            var previous = _current;
            if (previous is not null && version <= previous.Version)
            {
                return false;
            }

            var next = new SupergraphGeneration(version, supergraph, _transport, _drainDelay, _gatewayField, _access, _usage);
            _served.Publish(next.ServedSchema, next);
            _current = next;
            previous?.Retire();
            return true;
        }
    }

    /// <summary>
    /// Reads <paramref name="supergraphSdl"/> and serves it as <see cref="TryActivate(long, Supergraph)"/> does;
    /// <see cref="SupergraphException"/> when it does not load, and the live supergraph stays.
    /// </summary>
    public bool TryActivate(long version, string supergraphSdl, string? sourceName = null) =>
        TryActivate(version, SupergraphReader.Read(supergraphSdl, sourceName ?? $"supergraph version {version}"));

    public void Dispose()
    {
        lock (_swap)
        {
            _current?.Release();
        }
    }
}
