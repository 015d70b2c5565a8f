using System.Text;
using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Validation;
using Gateway.GraphQL.Validation.Limits;

namespace Gateway.GraphQL.Tests.Validation.Limits;

public sealed class MaxDepthRuleTests
{
    private static string Validate(string document, int maximum) =>
        LimitsAssert.Validate(document, () => new MaxDepthRule(maximum));

    [Fact]
    public void Depth_at_the_maximum_is_valid()
    {
        Assert.Equal(string.Empty, Validate("{ user { bestFriend { name } } }", 3));
    }

    [Fact]
    public void Depth_past_the_maximum_is_reported_at_the_operation()
    {
        Assert.Equal(
            "Query depth 3 exceeds the maximum of 2; reduce nesting or ask for a higher limit. (2:1) [MAX_DEPTH_EXCEEDED]",
            Validate("\nquery Deep { user { bestFriend { name } } }", 2));
    }

    [Fact]
    public void The_deepest_branch_counts()
    {
        Assert.Equal(
            "Query depth 4 exceeds the maximum of 3; reduce nesting or ask for a higher limit. (1:1) [MAX_DEPTH_EXCEEDED]",
            Validate("{ count user { name } users { bestFriend { bestFriend { id } } } }", 3));
    }

    [Fact]
    public void Fragments_defined_after_the_operation_add_their_depth_where_they_are_spread()
    {
        const string document = """
            query Q { user { ...F } }
            fragment F on User { bestFriend { ...G } }
            fragment G on User { bestFriend { name } }
            """;
        Assert.Equal(string.Empty, Validate(document, 4));
        Assert.Equal(
            "Query depth 4 exceeds the maximum of 3; reduce nesting or ask for a higher limit. (1:1) [MAX_DEPTH_EXCEEDED]",
            Validate(document, 3));
    }

    [Fact]
    public void Inline_fragments_add_no_depth_of_their_own()
    {
        Assert.Equal(string.Empty, Validate("{ node { ... on User { bestFriend { ... { name } } } } }", 3));
        Assert.Contains("Query depth 3 exceeds the maximum of 2", Validate("{ node { ... on User { bestFriend { name } } } }", 2));
    }

    [Fact]
    public void Each_operation_is_measured_alone_and_named_by_its_type()
    {
        const string document = """
            query Shallow { count }
            mutation Deep { addUser { bestFriend { name } } }
            """;
        Assert.Equal(
            "Mutation depth 3 exceeds the maximum of 2; reduce nesting or ask for a higher limit. (2:1) [MAX_DEPTH_EXCEEDED]",
            Validate(document, 2));
    }

    [Fact]
    public void Fragment_cycles_end_the_search_and_are_left_to_No_Fragment_Cycles()
    {
        const string document = """
            { user { ...A } }
            fragment A on User { bestFriend { ...B } }
            fragment B on User { bestFriend { ...A } }
            """;
        Assert.Equal(string.Empty, Validate(document, 100));

        var errors = DocumentValidator.Validate(
            LimitsAssert.Schema,
            Gateway.GraphQL.Language.Parser.Parse(document),
            [.. SpecifiedRules.All, () => new MaxDepthRule(100)]);
        Assert.Equal("Cannot spread fragment \"A\" within itself via \"B\".", Assert.Single(errors).Message);
    }

    [Fact]
    public void A_long_chain_of_fragments_does_not_overflow_the_stack()
    {
        const int chain = 5000;
        var document = new StringBuilder("{ user { ...F0 } }\n");
        for (var i = 0; i < chain; i++)
        {
            document.Append($"fragment F{i} on User {{ bestFriend {{ ...F{i + 1} }} }}\n");
        }

        document.Append($"fragment F{chain} on User {{ name }}\n");
        Assert.Equal(
            $"Query depth {chain + 2} exceeds the maximum of 15; reduce nesting or ask for a higher limit. (1:1) [MAX_DEPTH_EXCEEDED]",
            Validate(document.ToString(), 15));
    }

    [Fact]
    public void A_fragment_spread_many_times_is_measured_once_per_depth()
    {
        // Each fragment spreads the next one twice: expanded, the document doubles 40 times over.
        var document = new StringBuilder("{ user { ...F0 } }\n");
        for (var i = 0; i < 40; i++)
        {
            document.Append($"fragment F{i} on User {{ bestFriend {{ ...F{i + 1} }} friends {{ ...F{i + 1} }} }}\n");
        }

        document.Append("fragment F40 on User { name }\n");
        Assert.Contains("Query depth 42 exceeds the maximum of 20", Validate(document.ToString(), 20));
    }

    [Fact]
    public void Introspection_counts_and_the_full_introspection_query_measures_15()
    {
        Assert.Equal(string.Empty, LimitsAssert.Validate(IntrospectionQuery.Text, () => new MaxDepthRule(15)));
        Assert.Equal(
            "Query depth 15 exceeds the maximum of 14; reduce nesting or ask for a higher limit. (1:1) [MAX_DEPTH_EXCEEDED]",
            LimitsAssert.Validate(IntrospectionQuery.Text, () => new MaxDepthRule(14)));
    }
}
