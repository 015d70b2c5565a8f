using System.Diagnostics.Metrics;
using Gateway.Federation.Planning;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Tests.Planning;

public sealed class QueryPlanMetricsTests
{
    private const string Document = "query A { me { email } } query B { topProducts { name } }";

    [Fact]
    public void The_first_request_for_an_operation_is_a_miss_with_a_planning_time_and_later_ones_are_hits()
    {
        using var metrics = new QueryPlanMetrics();
        using var recorded = new RecordedMeasurements(metrics);
        var cache = new QueryPlanCache(new QueryPlanner(Fixtures.Read("store")), metrics: metrics);
        var hash = QueryPlanCache.Hash(Document);

        cache.GetOrPlan(hash, "A", Parser.Parse(Document));
        cache.GetOrPlan(hash, "A", Parser.Parse(Document));
        cache.GetOrPlan(hash, "A", Parser.Parse(Document));
        cache.GetOrPlan(hash, "B", Parser.Parse(Document));

        Assert.Equal(2, recorded.Sum(QueryPlanMetrics.CacheHitsName));
        Assert.Equal(2, recorded.Sum(QueryPlanMetrics.CacheMissesName));
        Assert.Equal(2, recorded.Count(QueryPlanMetrics.PlanningDurationName));
        Assert.All(recorded.Values(QueryPlanMetrics.PlanningDurationName), milliseconds => Assert.True(milliseconds >= 0));
    }

    [Fact]
    public void A_plan_that_fails_is_a_miss_every_time_since_failures_are_not_cached()
    {
        using var metrics = new QueryPlanMetrics();
        using var recorded = new RecordedMeasurements(metrics);
        var document = Parser.Parse(Document);
        static QueryPlan Fail(DocumentNode document, string? operationName) => throw new QueryPlanningException("cannot plan");

        Assert.Throws<QueryPlanningException>(() => metrics.PlanCold(Fail, document, "A"));
        Assert.Throws<QueryPlanningException>(() => metrics.PlanCold(Fail, document, "A"));

        Assert.Equal(2, recorded.Sum(QueryPlanMetrics.CacheMissesName));
        Assert.Equal(2, recorded.Count(QueryPlanMetrics.PlanningDurationName));
        Assert.Equal(0, recorded.Sum(QueryPlanMetrics.CacheHitsName));
    }

    [Fact]
    public void The_instruments_belong_to_the_Gateway_Federation_meter()
    {
        using var metrics = new QueryPlanMetrics();
        using var recorded = new RecordedMeasurements(metrics);

        Assert.Equal("Gateway.Federation", metrics.Meter.Name);
        Assert.Equal(
            [QueryPlanMetrics.CacheHitsName, QueryPlanMetrics.CacheMissesName, QueryPlanMetrics.PlanningDurationName],
            recorded.Instruments.Order(StringComparer.Ordinal));
    }

    /// <summary>Every measurement of one <see cref="QueryPlanMetrics"/>' instruments, by instrument name.</summary>
    private sealed class RecordedMeasurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<(string Instrument, double Value)> _measurements = [];

        public RecordedMeasurements(QueryPlanMetrics metrics)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, metrics.Meter))
                {
                    Instruments.Add(instrument.Name);
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Add(instrument.Name, value));
            _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Add(instrument.Name, value));
            _listener.Start();
        }

        public List<string> Instruments { get; } = [];

        public double Sum(string instrument) => Values(instrument).Sum();

        public int Count(string instrument) => Values(instrument).Count;

        public List<double> Values(string instrument)
        {
            lock (_measurements)
            {
                return [.. _measurements.Where(measurement => measurement.Instrument == instrument).Select(measurement => measurement.Value)];
            }
        }

        public void Dispose() => _listener.Dispose();

        private void Add(string instrument, double value)
        {
            lock (_measurements)
            {
                _measurements.Add((instrument, value));
            }
        }
    }
}
