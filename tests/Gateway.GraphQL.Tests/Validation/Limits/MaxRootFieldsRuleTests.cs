using Gateway.GraphQL.Validation.Limits;

namespace Gateway.GraphQL.Tests.Validation.Limits;

public sealed class MaxRootFieldsRuleTests
{
    private static string Validate(string document, int maximum) =>
        LimitsAssert.Validate(document, () => new MaxRootFieldsRule(maximum));

    [Fact]
    public void Root_fields_at_the_maximum_are_valid()
    {
        Assert.Equal(string.Empty, Validate("{ user { name id } count tags }", 3));
    }

    [Fact]
    public void Root_fields_past_the_maximum_are_reported_at_the_operation()
    {
        Assert.Equal(
            "Query selects 4 root fields, more than the maximum of 3; split it into several requests or ask for a higher limit. (1:1) [MAX_ROOT_FIELDS_EXCEEDED]",
            Validate("{ user { name id } count tags __typename }", 3));
    }

    [Fact]
    public void Inline_fragments_and_spreads_at_the_root_count_their_top_level_fields()
    {
        const string document = """
            query Q { ... on Query { count tags } ...Roots user { ...Nested } }
            fragment Roots on Query { a: count b: count }
            fragment Nested on User { name id bestFriend { name } }
            """;
        Assert.Equal(string.Empty, Validate(document, 5));
        Assert.Contains("Query selects 5 root fields, more than the maximum of 4", Validate(document, 4));
    }

    [Fact]
    public void Mutations_are_counted_too()
    {
        Assert.Equal(
            "Mutation selects 2 root fields, more than the maximum of 1; split it into several requests or ask for a higher limit. (1:1) [MAX_ROOT_FIELDS_EXCEEDED]",
            Validate("mutation { a: addUser { id } b: addUser { id } }", 1));
    }
}
