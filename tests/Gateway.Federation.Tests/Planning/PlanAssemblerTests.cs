using Gateway.Federation.Planning;
using Gateway.Federation.Supergraphs;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Tests.Planning;

public sealed class PlanAssemblerTests
{
    private static readonly SubgraphInfo Books = new("BOOKS", "books", "http://127.0.0.1:1/graphql");
    private static readonly SubgraphInfo Authors = new("AUTHORS", "authors", "http://127.0.0.1:2/graphql");

    [Fact]
    public void Fetches_that_wait_for_each_other_fail_the_plan_instead_of_being_left_out()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ books { title } }").Definitions[0];
        var root = new FetchGroup(0, Books, null, [], PlanConditions.None);
        var first = new FetchGroup(1, Authors, root, ["books", "@"], PlanConditions.None);
        var second = new FetchGroup(2, Authors, root, ["books", "@"], PlanConditions.None);
        root.Children.Add(first);
        root.Children.Add(second);
        first.Dependencies.Add(second);
        second.Dependencies.Add(first);

        var error = Assert.Throws<QueryPlanningException>(() => new PlanAssembler(operation, [root, first, second]).Assemble([root], serial: false));

        Assert.Contains("\"authors\" at \"books.@\" waits for itself", error.Message, StringComparison.Ordinal);
    }
}
