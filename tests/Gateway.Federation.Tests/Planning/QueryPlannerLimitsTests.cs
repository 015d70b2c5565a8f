using Gateway.Federation.Planning;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Tests.Planning;

/// <summary>Operations the planner refuses, each with a message that says why and what to do.</summary>
public sealed class QueryPlannerLimitsTests
{
    [Fact]
    public void Planning_past_the_step_budget_stops_with_a_clear_error()
    {
        var planner = new QueryPlanner(Fixtures.Read("store"), new QueryPlannerOptions { MaxPlanningSteps = 10 });
        var document = Parser.Parse("{ topProducts { name shippingEstimate reviews { body author { username email } } } }");

        var error = Assert.Throws<QueryPlanningException>(() => planner.Plan(document));

        Assert.StartsWith("Query planning stopped after 10 steps", error.Message);
        Assert.Contains("QueryPlannerOptions.MaxPlanningSteps", error.Message);
    }

    [Fact]
    public void A_large_operation_is_planned_within_the_default_budget()
    {
        // 200 aliased copies of a field that jumps twice: big, but far from the default budget.
        var fields = string.Join(" ", Enumerable.Range(0, 200).Select(i => $"p{i}: topProducts {{ reviews {{ author {{ email }} }} }}"));
        var plan = new QueryPlanner(Fixtures.Read("store")).Plan(Parser.Parse("{ " + fields + " }"));

        Assert.Contains("Fetch(service: \"accounts\")", plan.ToString());
    }

    [Fact]
    public void A_document_with_several_operations_needs_a_name()
    {
        var planner = new QueryPlanner(Fixtures.Read("store"));

        var error = Assert.Throws<QueryPlanningException>(() => planner.Plan(Parser.Parse("query A { me { id } } query B { me { id } }")));

        Assert.Equal("The document has 2 operations (A, B): name the one to plan.", error.Message);
    }

    [Fact]
    public void An_unknown_operation_name_is_refused()
    {
        var planner = new QueryPlanner(Fixtures.Read("store"));

        var error = Assert.Throws<QueryPlanningException>(() => planner.Plan(Parser.Parse("query A { me { id } }"), "C"));

        Assert.Equal("The document has no operation named \"C\".", error.Message);
    }

    [Fact]
    public void Subscriptions_are_refused()
    {
        var planner = new QueryPlanner(Fixtures.Read("store"));

        var error = Assert.Throws<QueryPlanningException>(() => planner.Plan(Parser.Parse("subscription { me { id } }")));

        Assert.Contains("Subscriptions are not supported", error.Message);
    }
}
