using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Validation;
using Gateway.GraphQL.Validation.Limits;

namespace Gateway.GraphQL.Tests.Validation.Limits;

public sealed class OperationLimitsTests
{
    [Fact]
    public void A_new_instance_has_every_limit_off()
    {
        Assert.Empty(new OperationLimits().CreateRules());
    }

    [Fact]
    public void The_defaults_create_one_rule_per_limit()
    {
        var rules = OperationLimits.Default.CreateRules().Select(create => create().GetType());
        Assert.Equal([typeof(MaxDepthRule), typeof(MaxAliasesRule), typeof(MaxRootFieldsRule), typeof(MaxCostRule)], rules);
    }

    [Fact]
    public void The_full_introspection_query_passes_the_defaults()
    {
        Assert.Equal(string.Empty, LimitsAssert.Validate(IntrospectionQuery.Text, [.. SpecifiedRules.All, .. OperationLimits.Default.CreateRules()]));
    }

    [Fact]
    public void Every_limit_that_is_exceeded_is_one_error()
    {
        var limits = new OperationLimits { MaxDepth = 1, MaxAliases = 0, MaxRootFields = 1, MaxCost = 2 };
        Assert.Equal(
            """
            Query depth 2 exceeds the maximum of 1; reduce nesting or ask for a higher limit. (1:1) [MAX_DEPTH_EXCEEDED]
            Query uses 1 alias, more than the maximum of 0; use fewer aliases or ask for a higher limit. (1:1) [MAX_ALIASES_EXCEEDED]
            Query selects 2 root fields, more than the maximum of 1; split it into several requests or ask for a higher limit. (1:1) [MAX_ROOT_FIELDS_EXCEEDED]
            Query cost 3 exceeds the maximum of 2; request fewer items (first/last/limit), fewer fields or less nesting, or ask for a higher limit. (1:1) [MAX_COST_EXCEEDED]
            """.ReplaceLineEndings("\n"),
            LimitsAssert.Validate("{ a: count user { name } }", limits.CreateRules()));
    }

    [Fact]
    public void Cost_settings_and_request_variables_reach_the_cost_rule()
    {
        var limits = new OperationLimits { MaxCost = 5, DefaultListSize = 2, ListSizeArguments = ["limit"] };
        Assert.Equal(string.Empty, LimitsAssert.Validate("{ users(first: 100) { name } }", limits.CreateRules()));
        Assert.Contains(
            "Query cost 7 exceeds the maximum of 5",
            LimitsAssert.Validate("query($n: Int) { users(limit: $n) { name } }", limits.CreateRules(new Dictionary<string, object?> { ["n"] = 6L })));
    }
}
