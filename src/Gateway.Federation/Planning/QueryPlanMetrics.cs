using System.Diagnostics;
using System.Diagnostics.Metrics;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Planning;

/// <summary>
/// Plan-cache hits and misses and the time cold plans take, published through
/// <see cref="System.Diagnostics.Metrics"/> under the meter <see cref="MeterName"/>, so any
/// <see cref="MeterListener"/> (OpenTelemetry's exporter, <c>dotnet-counters</c>, <c>gateway serve</c>'s
/// shutdown line) can read them. A hit costs one counter add, which does nothing while no listener has
/// enabled the instrument; the clock is read only when planning, which takes far longer than reading it.
/// Each instance owns its <see cref="Meter"/>, so a listener can tell one served supergraph's plans from
/// another's in the same process.
/// </summary>
public sealed class QueryPlanMetrics : IDisposable
{
    public const string MeterName = "Gateway.Federation";

    /// <summary>Operations answered with a plan made before (a counter, unit <c>{plan}</c>).</summary>
    public const string CacheHitsName = "gateway.federation.query_plan.cache.hits";

    /// <summary>Operations that had to be planned, failed plans included (a counter, unit <c>{plan}</c>).</summary>
    public const string CacheMissesName = "gateway.federation.query_plan.cache.misses";

    /// <summary>How long each cold plan took (a histogram, unit <c>ms</c>).</summary>
    public const string PlanningDurationName = "gateway.federation.query_plan.planning.duration";

    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly Histogram<double> _planningDuration;

    public QueryPlanMetrics()
    {
        Meter = new Meter(MeterName);
        _hits = Meter.CreateCounter<long>(CacheHitsName, "{plan}", "Operations answered with a cached query plan.");
        _misses = Meter.CreateCounter<long>(CacheMissesName, "{plan}", "Operations that had to be planned (no cached plan).");
        _planningDuration = Meter.CreateHistogram<double>(PlanningDurationName, "ms", "Time to plan one operation that had no cached plan.");
    }

    /// <summary>The meter the instruments belong to; listeners select it by reference or by <see cref="MeterName"/>.</summary>
    public Meter Meter { get; }

    /// <summary>Counts an operation answered with a cached plan.</summary>
    public void RecordCacheHit() => _hits.Add(1);

    /// <summary>
    /// Plans an operation that had no cached plan, counting the miss and timing the planning; a plan that
    /// fails is counted and timed too (it is not cached, so the next request plans it again).
    /// </summary>
    public QueryPlan PlanCold(Func<DocumentNode, string?, QueryPlan> plan, DocumentNode document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return plan(document, operationName);
        }
        finally
        {
            _misses.Add(1);
            _planningDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public void Dispose() => Meter.Dispose();
}
