using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Gateway.Federation.Execution;
using Gateway.Federation.Supergraphs;

namespace Gateway.Usage;

/// <summary>
/// Usage measured per data product on the request path. A product is the subgraph its publication registered, so the
/// gateway counts per subgraph (<see cref="SubgraphUsageCounters"/>, one per subgraph name for the life of the process,
/// shared by every supergraph generation that has the subgraph) and learns which product each subgraph is when it
/// writes the counts to the catalog (<see cref="ProductUsageWriter"/>). The counts are also published through
/// <see cref="System.Diagnostics.Metrics"/> under the meter <see cref="MeterName"/>, tagged by product, for
/// OpenTelemetry-style collectors: the counters are observed (read when a collector asks, nothing on the request path),
/// the fetch duration histogram is recorded per fetch only while a listener has enabled it.
/// </summary>
public sealed class ProductUsageMeter : IDisposable
{
    public const string MeterName = "Gateway.Products";

    /// <summary>Operations that fetched from a product's subgraph (an observed counter, unit <c>{operation}</c>).</summary>
    public const string OperationsName = "gateway.products.operations";

    /// <summary>Fetches from a product's subgraph (an observed counter, unit <c>{fetch}</c>).</summary>
    public const string FetchesName = "gateway.products.fetches";

    /// <summary>Operations in which a product's subgraph failed or answered errors (an observed counter, unit <c>{operation}</c>).</summary>
    public const string ErrorsName = "gateway.products.errors";

    /// <summary>How long each fetch from a product's subgraph took (a histogram, unit <c>ms</c>).</summary>
    public const string FetchDurationName = "gateway.products.fetch.duration";

    private readonly ConcurrentDictionary<string, SubgraphUsageCounters> _subgraphs = new(StringComparer.Ordinal);
    private readonly Histogram<double> _fetchDuration;

    public ProductUsageMeter()
    {
        Meter = new Meter(MeterName);
        Meter.CreateObservableCounter(OperationsName, () => Observe(static totals => totals.Operations), "{operation}", "Operations that fetched from the product's subgraph.");
        Meter.CreateObservableCounter(FetchesName, () => Observe(static totals => totals.Fetches), "{fetch}", "Fetches from the product's subgraph.");
        Meter.CreateObservableCounter(ErrorsName, () => Observe(static totals => totals.Errors), "{operation}", "Operations in which the product's subgraph failed or answered errors.");
        _fetchDuration = Meter.CreateHistogram<double>(FetchDurationName, "ms", "Time from sending a fetch to the product's subgraph to its response.");
    }

    /// <summary>The meter the instruments belong to.</summary>
    public Meter Meter { get; }

    /// <summary>Every subgraph counted so far.</summary>
    public ICollection<SubgraphUsageCounters> Subgraphs => _subgraphs.Values;

    /// <summary>The counters of the subgraph named <paramref name="subgraph"/>, made on first use.</summary>
    public SubgraphUsageCounters For(string subgraph) => _subgraphs.GetOrAdd(subgraph, static name => new SubgraphUsageCounters(name));

    /// <summary>The observer a supergraph generation's executor reports to: its subgraphs' counters by position, looked up once.</summary>
    public ISubgraphFetchObserver ObserverFor(Supergraph supergraph)
    {
        ArgumentNullException.ThrowIfNull(supergraph);
        var counters = new SubgraphUsageCounters[supergraph.Subgraphs.Count];
        for (var i = 0; i < counters.Length; i++)
        {
            // Registered subgraphs keep their registered name as the display name (join__Graph's name: argument).
            counters[i] = For(supergraph.Subgraphs[i].DisplayName);
        }

        return new SupergraphUsageObserver(counters, this);
    }

    /// <summary>Records a fetch's duration on the histogram, when a listener has enabled it.</summary>
    internal void RecordFetchDuration(SubgraphUsageCounters counters, long elapsedTicks)
    {
        if (_fetchDuration.Enabled)
        {
            _fetchDuration.Record(
                elapsedTicks * 1000.0 / Stopwatch.Frequency,
                new KeyValuePair<string, object?>("product", counters.Product ?? string.Empty),
                new KeyValuePair<string, object?>("subgraph", counters.Subgraph));
        }
    }

    public void Dispose() => Meter.Dispose();

    private List<Measurement<long>> Observe(Func<SubgraphUsageTotals, long> value)
    {
        var measurements = new List<Measurement<long>>(_subgraphs.Count);
        foreach (var counters in _subgraphs.Values)
        {
            measurements.Add(new Measurement<long>(
                value(counters.Read()),
                new KeyValuePair<string, object?>("product", counters.Product ?? string.Empty),
                new KeyValuePair<string, object?>("subgraph", counters.Subgraph)));
        }

        return measurements;
    }
}
