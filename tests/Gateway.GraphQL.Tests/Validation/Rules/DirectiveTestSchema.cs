using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The validation harness schema plus one directive per executable location (<c>@onQuery</c>,
/// <c>@onFragmentSpread</c>, ...) and a repeatable <c>@repeatable</c>, as graphql-js's directive rule tests use.
/// </summary>
internal static class DirectiveTestSchema
{
    public static Schema Instance { get; } = Build();

    private static Schema Build()
    {
        var harness = ValidationTestSchema.Instance;
        List<DirectiveDefinition> directives = [.. harness.Directives.Values];
        directives.Add(new DirectiveDefinition("onQuery", [DirectiveLocation.Query]));
        directives.Add(new DirectiveDefinition("onMutation", [DirectiveLocation.Mutation]));
        directives.Add(new DirectiveDefinition("onSubscription", [DirectiveLocation.Subscription]));
        directives.Add(new DirectiveDefinition("onFragmentDefinition", [DirectiveLocation.FragmentDefinition]));
        directives.Add(new DirectiveDefinition("onFragmentSpread", [DirectiveLocation.FragmentSpread]));
        directives.Add(new DirectiveDefinition("onInlineFragment", [DirectiveLocation.InlineFragment]));
        directives.Add(new DirectiveDefinition("onVariableDefinition", [DirectiveLocation.VariableDefinition]));
        directives.Add(new DirectiveDefinition("repeatable", [DirectiveLocation.Field, DirectiveLocation.FragmentDefinition], isRepeatable: true));
        return new Schema(harness.Types.Values, directives, harness.QueryType);
    }
}
