using System.Diagnostics.Metrics;
using System.Globalization;
using Gateway.Federation.Planning;

namespace Gateway.Federated;

/// <summary>
/// Totals of one <see cref="QueryPlanMetrics"/>' instruments, gathered by a <see cref="MeterListener"/> as
/// they are recorded: <c>gateway serve --supergraph</c> prints <see cref="Summary"/> when it stops. A line at
/// shutdown rather than an endpoint: it costs nothing while serving, needs no exporter, and is what a load
/// benchmark reads after stopping the server; live readers attach to the meter themselves.
/// </summary>
public sealed class QueryPlanStatistics : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _hits;
    private long _misses;
    private long _planned;
    private double _planningMilliseconds;
    private double _slowestMilliseconds;
    private double _fastestMilliseconds;
    private readonly Lock _durations = new();

    public QueryPlanStatistics(QueryPlanMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter))
            {
                listener.EnableMeasurementEvents(instrument, this);
            }
        };
        _listener.SetMeasurementEventCallback<long>(static (instrument, value, _, state) =>
        {
            var statistics = (QueryPlanStatistics)state!;
            if (instrument.Name == QueryPlanMetrics.CacheHitsName)
            {
                Interlocked.Add(ref statistics._hits, value);
            }
            else if (instrument.Name == QueryPlanMetrics.CacheMissesName)
            {
                Interlocked.Add(ref statistics._misses, value);
            }
        });
        _listener.SetMeasurementEventCallback<double>(static (instrument, value, _, state) =>
        {
            if (instrument.Name == QueryPlanMetrics.PlanningDurationName)
            {
                ((QueryPlanStatistics)state!).AddPlanningTime(value);
            }
        });
        _listener.Start();
    }

    /// <summary>Operations answered with a cached plan so far.</summary>
    public long CacheHits => Interlocked.Read(ref _hits);

    /// <summary>Operations planned so far (each one a cache miss).</summary>
    public long CacheMisses => Interlocked.Read(ref _misses);

    /// <summary>
    /// One line: <c>Query plans: 2 planned (1.20 ms fastest, 3.10 ms mean, 5.02 ms slowest); cache hits 9998,
    /// misses 2, hit rate 99.980%</c>. The first plan in a process also pays for compiling the planner's code,
    /// so the fastest is the better guide to planning time.
    /// </summary>
    public string Summary
    {
        get
        {
            long planned;
            double total, fastest, slowest;
            lock (_durations)
            {
                (planned, total, fastest, slowest) = (_planned, _planningMilliseconds, _fastestMilliseconds, _slowestMilliseconds);
            }

            var hits = CacheHits;
            var misses = CacheMisses;
            var lookups = hits + misses;
            return string.Create(
                CultureInfo.InvariantCulture,
                $"Query plans: {planned} planned ({fastest:0.00} ms fastest, {(planned == 0 ? 0 : total / planned):0.00} ms mean, {slowest:0.00} ms slowest); " +
                $"cache hits {hits}, misses {misses}, hit rate {(lookups == 0 ? 0 : 100.0 * hits / lookups):0.000}%");
        }
    }

    private void AddPlanningTime(double milliseconds)
    {
        // Only cold plans get here, so a lock costs nothing that matters.
        lock (_durations)
        {
            _fastestMilliseconds = _planned == 0 ? milliseconds : Math.Min(_fastestMilliseconds, milliseconds);
            _planned++;
            _planningMilliseconds += milliseconds;
            _slowestMilliseconds = Math.Max(_slowestMilliseconds, milliseconds);
        }
    }

    public void Dispose() => _listener.Dispose();
}
