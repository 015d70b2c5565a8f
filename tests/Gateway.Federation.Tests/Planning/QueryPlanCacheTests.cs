using Gateway.Federation.Planning;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Tests.Planning;

public sealed class QueryPlanCacheTests
{
    private const string Document = "query A { me { email } } query B($r: Boolean!) { topProducts { reviews @include(if: $r) { body } } }";

    [Fact]
    public void The_same_document_and_operation_get_the_same_plan_instance()
    {
        var cache = new QueryPlanCache(new QueryPlanner(Fixtures.Read("store")));
        var hash = QueryPlanCache.Hash(Document);

        var first = cache.GetOrPlan(hash, "B", Parser.Parse(Document));
        var second = cache.GetOrPlan(hash, "B", Parser.Parse(Document));

        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Operations_of_one_document_are_cached_apart()
    {
        var cache = new QueryPlanCache(new QueryPlanner(Fixtures.Read("store")));
        var hash = QueryPlanCache.Hash(Document);

        var a = cache.GetOrPlan(hash, "A", Parser.Parse(Document));
        var b = cache.GetOrPlan(hash, "B", Parser.Parse(Document));

        Assert.NotEqual(a.ToString(), b.ToString());
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void A_variable_condition_is_in_the_plan_so_one_plan_serves_every_value()
    {
        var cache = new QueryPlanCache(new QueryPlanner(Fixtures.Read("store")));

        var plan = cache.GetOrPlan(QueryPlanCache.Hash(Document), "B", Parser.Parse(Document));

        Assert.Contains("Include(if: $r)", plan.ToString());
    }

    [Fact]
    public void A_full_cache_starts_over_instead_of_growing()
    {
        var cache = new QueryPlanCache(new QueryPlanner(Fixtures.Read("store")), capacity: 1);

        cache.GetOrPlan(QueryPlanCache.Hash(Document), "A", Parser.Parse(Document));
        cache.GetOrPlan(QueryPlanCache.Hash(Document), "B", Parser.Parse(Document));

        Assert.Equal(1, cache.Count);
    }
}
