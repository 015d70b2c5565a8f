using System.Text;
using Gateway.GraphQL.Validation.Limits;

namespace Gateway.GraphQL.Tests.Validation.Limits;

public sealed class MaxAliasesRuleTests
{
    private static string Validate(string document, int maximum) =>
        LimitsAssert.Validate(document, () => new MaxAliasesRule(maximum));

    [Fact]
    public void Aliases_at_the_maximum_are_valid()
    {
        Assert.Equal(string.Empty, Validate("{ a: user { name } b: user { n: name } count }", 3));
    }

    [Fact]
    public void Aliases_past_the_maximum_are_reported_at_the_operation()
    {
        Assert.Equal(
            "Query uses 3 aliases, more than the maximum of 2; use fewer aliases or ask for a higher limit. (1:1) [MAX_ALIASES_EXCEEDED]",
            Validate("{ a: user { name } b: user { n: name } count }", 2));
    }

    [Fact]
    public void Each_spread_counts_its_fragment_aliases_again()
    {
        const string document = """
            query Q { user { ...F } bestie: user { ... on User { ...F } } }
            fragment F on User { x: name y: id }
            """;
        Assert.Equal(string.Empty, Validate(document, 5));
        Assert.Contains("Query uses 5 aliases, more than the maximum of 4", Validate(document, 4));
    }

    [Fact]
    public void Aliases_in_unused_fragments_do_not_count()
    {
        Assert.Equal(string.Empty, Validate("{ count } fragment F on User { a: name b: id }", 0));
    }

    [Fact]
    public void Ten_thousand_aliases_are_one_error()
    {
        var document = new StringBuilder("{");
        for (var i = 0; i < 10_000; i++)
        {
            document.Append($" a{i}: count");
        }

        document.Append(" }");
        Assert.Equal(
            "Query uses 10000 aliases, more than the maximum of 50; use fewer aliases or ask for a higher limit. (1:1) [MAX_ALIASES_EXCEEDED]",
            Validate(document.ToString(), 50));
    }

    [Fact]
    public void Fragments_that_multiply_aliases_saturate_instead_of_overflowing()
    {
        // F(i) spreads F(i+1) under ten aliases: 10^70 aliases expanded, far past a long.
        var document = new StringBuilder("{ user { ...F0 } }\n");
        for (var i = 0; i < 70; i++)
        {
            document.Append($"fragment F{i} on User {{");
            for (var a = 0; a < 10; a++)
            {
                document.Append($" b{a}: bestFriend {{ ...F{i + 1} }}");
            }

            document.Append(" }\n");
        }

        document.Append("fragment F70 on User { name }\n");
        Assert.Contains($"Query uses {long.MaxValue} aliases", Validate(document.ToString(), 50));
    }
}
