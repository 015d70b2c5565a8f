using Gateway.Federation.Planning;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Tests.Planning;

/// <summary>
/// What the executor reads off each fetch besides the printed plan: the operation text sent, the variables
/// forwarded, the subgraph operation names and the representation rewrites, compared with the JSON form of
/// Apollo's plans (<c>tools/plan.mjs ... json</c>).
/// </summary>
public sealed class QueryPlannerFetchTests
{
    [Fact]
    public void Each_fetch_declares_only_the_variables_it_uses_and_is_named_after_the_operation()
    {
        var plan = Plan("store", "query Top($n: Int = 3, $r: Boolean!, $code: String) { topProducts(first: $n) { reviews @include(if: $r) { body } stock { warehouse(code: $code) } } }");

        var fetches = Fetches(plan.Node);
        Assert.Collection(
            fetches,
            products =>
            {
                Assert.Equal("query Top__products__0($n:Int=3){topProducts(first:$n){__typename upc}}", products.Operation);
                Assert.Equal(["n"], products.VariableUsages);
                Assert.Equal("Top__products__0", products.OperationName);
                Assert.False(products.IsEntityFetch);
            },
            inventory =>
            {
                Assert.Equal(
                    "query Top__inventory__1($representations:[_Any!]!$code:String){_entities(representations:$representations){...on Product{stock{warehouse(code:$code)}}}}",
                    inventory.Operation);
                Assert.Equal(["code"], inventory.VariableUsages);
            },
            reviews =>
            {
                // The condition variable is the plan's (Include(if: $r)), not the fetch's: Apollo forwards none.
                Assert.Equal("query Top__reviews__2($representations:[_Any!]!){_entities(representations:$representations){...on Product{reviews{body}}}}", reviews.Operation);
                Assert.Empty(reviews.VariableUsages);
                Assert.Equal(OperationType.Query, reviews.OperationKind);
            });
    }

    [Fact]
    public void A_fetch_for_an_interface_object_rewrites_the_representations_typename()
    {
        var plan = Plan("store", "{ media { reviewCount } }");

        var reviews = Assert.Single(Fetches(plan.Node), fetch => fetch.ServiceName == "reviews");
        var rewrite = Assert.Single(reviews.InputRewrites);
        Assert.Equal(["... on Media", "__typename"], rewrite.Path);
        Assert.Equal("Media", rewrite.SetValueTo);
        var representation = Assert.IsType<InlineFragmentNode>(Assert.Single(reviews.Requires!.Selections));
        Assert.Equal("Media", representation.TypeCondition!.Name.Value);
        Assert.Equal(["__typename", "id"], representation.SelectionSet.Selections.Cast<FieldNode>().Select(field => field.Name.Value));
    }

    [Fact]
    public void A_jump_from_an_implementation_to_an_interface_object_rewrites_its_typename_to_the_interface()
    {
        var plan = Plan("store", "{ media { ... on Film { reviewCount } } }");

        var reviews = Assert.Single(Fetches(plan.Node), fetch => fetch.ServiceName == "reviews");
        var rewrite = Assert.Single(reviews.InputRewrites);
        Assert.Equal(["... on Film", "__typename"], rewrite.Path);
        Assert.Equal("Media", rewrite.SetValueTo);
    }

    [Fact]
    public void Fetches_of_ordinary_entities_rewrite_nothing()
    {
        var plan = Plan("store", "{ topProducts { reviews { body } } }");

        Assert.All(Fetches(plan.Node), fetch => Assert.Empty(fetch.InputRewrites));
    }

    [Fact]
    public void An_enabled_override_label_moves_the_field_to_the_overriding_subgraph()
    {
        var supergraph = Fixtures.Read("fed27");
        var document = Parser.Parse("{ product(id: \"1\") { price } }");
        var off = new QueryPlanner(supergraph).Plan(document);
        var on = new QueryPlanner(supergraph, new QueryPlannerOptions { EnabledOverrideLabels = new HashSet<string> { OverrideLabel(supergraph) } }).Plan(document);

        Assert.Equal(["products"], Fetches(off.Node).Select(fetch => fetch.ServiceName));
        Assert.Equal(["products", "pricing"], Fetches(on.Node).Select(fetch => fetch.ServiceName));
    }

    [Fact]
    public void A_mutation_runs_each_subgraph_run_of_fields_in_order()
    {
        var plan = Plan("store", "mutation { a: addReview(upc: \"1\", body: \"x\") { id } b: addReview(upc: \"2\", body: \"y\") { id } }");

        var fetch = Assert.IsType<FetchNode>(plan.Node);
        Assert.Equal("mutation{a:addReview(upc:\"1\" body:\"x\"){id}b:addReview(upc:\"2\" body:\"y\"){id}}", fetch.Operation);
        Assert.Equal(OperationType.Mutation, fetch.OperationKind);
    }

    internal static QueryPlan Plan(string folder, string operation, string? operationName = null) =>
        new QueryPlanner(Fixtures.Read(folder)).Plan(Parser.Parse(operation), operationName);

    internal static List<FetchNode> Fetches(PlanNode? node)
    {
        var list = new List<FetchNode>();
        Collect(node, list);
        return list;
    }

    private static void Collect(PlanNode? node, List<FetchNode> list)
    {
        switch (node)
        {
            case FetchNode fetch:
                list.Add(fetch);
                break;
            case SequenceNode sequence:
                sequence.Nodes.ToList().ForEach(child => Collect(child, list));
                break;
            case ParallelNode parallel:
                parallel.Nodes.ToList().ForEach(child => Collect(child, list));
                break;
            case FlattenNode flatten:
                Collect(flatten.Node, list);
                break;
            case ConditionNode condition:
                Collect(condition.IfClause, list);
                Collect(condition.ElseClause, list);
                break;
        }
    }

    private static string OverrideLabel(Gateway.Federation.Supergraphs.Supergraph supergraph) =>
        supergraph.GetJoinedField("Product", "price")!.Subgraphs.First(field => field.Override is not null).OverrideLabel!;
}
