using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Validation.Limits;

namespace Gateway.GraphQL.Tests.Validation.Limits;

public sealed class MaxCostRuleTests
{
    /// <summary>The cost the rule measures: it reports whenever the cost passes a maximum of -1.</summary>
    private static long CostOf(string document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var errors = LimitsAssert.Validate(document, () => new MaxCostRule(-1, defaultListSize: 10, variables: variables));
        var message = Assert.Single(errors.Split('\n'));
        var start = message.IndexOf(" cost ", StringComparison.Ordinal) + 6;
        return long.Parse(message[start..message.IndexOf(' ', start)], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("{ count }", 1)]
    [InlineData("{ tags }", 1)]
    [InlineData("{ user { name id } }", 3)]
    [InlineData("{ users { name } }", 11)]
    [InlineData("{ users { name posts { title } } }", 1 + (10 * (1 + 1 + (10 * 1))))]
    [InlineData("{ users(first: 2) { name posts { title } } }", 1 + (2 * (1 + 1 + (10 * 1))))]
    [InlineData("{ users(first: 2, last: 5) { name } }", 1 + 5)]
    [InlineData("{ users(limit: 0) { name } }", 1)]
    [InlineData("{ users(first: -5) { name } }", 1)]
    [InlineData("{ users(first: null) { name } }", 11)]
    [InlineData("{ users { __typename } __typename }", 1)]
    [InlineData("{ node { ... on User { friends(first: 3) { id } } } }", 1 + 1 + 3)]
    public void Each_field_costs_one_and_lists_multiply_their_sub_selection(string document, long cost)
    {
        Assert.Equal(cost, CostOf(document));
    }

    [Theory]
    [InlineData("{ userConnection(first: 50) { totalCount edges { node { name } } } }", 1 + 1 + 1 + (50 * 2))]
    [InlineData("{ userConnection(first: 50) { pageInfo { hasNextPage } nodes { name } } }", 1 + 1 + 1 + 1 + 50)]
    [InlineData("{ userConnection(first: 2) { edges { node { friends { name } } } } }", 1 + 1 + 2 + 2 + 20)]
    [InlineData("{ userConnection { edges { node { name } } } }", 1 + 1 + (10 * 2))]
    [InlineData("{ userConnection(first: 50) { pageInfo { hasNextPage } } user { friends { id } } }", 1 + 1 + 1 + 1 + 1 + 10)]
    public void A_connection_hands_its_size_to_the_lists_directly_below_it(string document, long cost)
    {
        Assert.Equal(cost, CostOf(document));
    }

    [Fact]
    public void A_connection_size_is_not_handed_through_a_fragment_spread()
    {
        const string document = """
            { userConnection(first: 50) { ...C } }
            fragment C on UserConnection { edges { node { name } } }
            """;
        Assert.Equal(1 + 1 + (10 * 2), CostOf(document));
    }

    [Fact]
    public void Fragments_are_weighted_by_the_lists_around_their_spreads()
    {
        const string document = """
            { users(first: 3) { ...F } user { ...F } }
            fragment F on User { friends(first: 4) { name } }
            """;
        Assert.Equal(1 + (3 * (1 + 4)) + 1 + (1 + 4), CostOf(document));
    }

    [Fact]
    public void Sizes_in_variables_come_from_the_request_then_the_operation_default_then_the_default_size()
    {
        Assert.Equal(4, CostOf("query($n: Int) { users(first: $n) { name } }", new Dictionary<string, object?> { ["n"] = 3L }));
        Assert.Equal(6, CostOf("query($n: Int = 5) { users(first: $n) { name } }"));
        Assert.Equal(4, CostOf("query($n: Int = 5) { users(first: $n) { name } }", new Dictionary<string, object?> { ["n"] = 3L }));
        Assert.Equal(11, CostOf("query($n: Int) { users(first: $n) { name } }"));
        Assert.Equal(11, CostOf("query($n: Int) { users(first: $n) { name } }", new Dictionary<string, object?> { ["n"] = "many" }));
    }

    [Fact]
    public void Variables_inside_fragments_come_from_the_request()
    {
        const string document = """
            query($n: Int) { user { ...F } }
            fragment F on User { friends(first: $n) { name } }
            """;
        Assert.Equal(1 + 1 + 7, CostOf(document, new Dictionary<string, object?> { ["n"] = 7L }));
    }

    [Fact]
    public void Cost_past_the_maximum_is_reported_at_the_operation()
    {
        Assert.Equal(
            "Query cost 11 exceeds the maximum of 10; request fewer items (first/last/limit), fewer fields or less nesting, or ask for a higher limit. (1:1) [MAX_COST_EXCEEDED]",
            LimitsAssert.Validate("{ users { name } }", () => new MaxCostRule(10)));
        Assert.Equal(string.Empty, LimitsAssert.Validate("{ users { name } }", () => new MaxCostRule(11)));
    }

    [Fact]
    public void Huge_sizes_saturate_instead_of_overflowing()
    {
        Assert.Equal(long.MaxValue, CostOf("{ users(first: 1000000000) { friends(first: 1000000000) { friends(first: 1000000000) { name } } } }"));
        Assert.Equal(long.MaxValue, CostOf("{ users(first: 99999999999999999999) { name } }"));
    }

    [Fact]
    public void Introspection_is_cheap()
    {
        Assert.Equal(3, CostOf("{ __schema { types { name } } }"));
        Assert.True(CostOf(IntrospectionQuery.Text) < 1000);
    }
}
