using Gateway.Federated;
using Gateway.Federation.Planning;
using Gateway.GraphQL.Language;

namespace Gateway.Tests.Federated;

public sealed class QueryPlanStatisticsTests
{
    private static readonly DocumentNode Document = Parser.Parse("{ __typename }");

    [Fact]
    public void Totals_the_hits_misses_and_planning_times_of_its_metrics()
    {
        using var metrics = new QueryPlanMetrics();
        using var statistics = new QueryPlanStatistics(metrics);

        metrics.PlanCold(static (_, _) => new QueryPlan(null), Document, null);
        metrics.RecordCacheHit();
        metrics.RecordCacheHit();
        metrics.RecordCacheHit();

        Assert.Equal(3, statistics.CacheHits);
        Assert.Equal(1, statistics.CacheMisses);
        Assert.StartsWith("Query plans: 1 planned (", statistics.Summary, StringComparison.Ordinal);
        Assert.EndsWith("; cache hits 3, misses 1, hit rate 75.000%", statistics.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignores_other_metrics_instances_in_the_same_process()
    {
        using var metrics = new QueryPlanMetrics();
        using var other = new QueryPlanMetrics();
        using var statistics = new QueryPlanStatistics(metrics);

        other.RecordCacheHit();
        other.PlanCold(static (_, _) => new QueryPlan(null), Document, null);

        Assert.Equal("Query plans: 0 planned (0.00 ms fastest, 0.00 ms mean, 0.00 ms slowest); cache hits 0, misses 0, hit rate 0.000%", statistics.Summary);
    }
}
