namespace Gateway.Federation.Tests.Planning;

/// <summary>Subgraph operations must validate against the subgraph's own schema, not only the supergraph's.</summary>
public sealed class QueryPlannerSubgraphSchemaTests
{
    [Fact]
    public void A_field_narrowed_to_an_object_type_in_the_subgraph_drops_fragments_on_other_members()
    {
        // Subgraph A declares `book: Book` where the supergraph has `book: Media` (@join__field(type:)):
        // `... on Song` under it would fail validation in A (spec 5.5.2.3 Fragment Spread Is Possible).
        var plan = QueryPlannerFetchTests.Plan("narrowed", "{ book { __typename ... on Song { title } ... on Movie { title } ... on Book { title } } }");

        var fetch = Assert.Single(QueryPlannerFetchTests.Fetches(plan.Node));
        Assert.Equal("a", fetch.ServiceName);
        Assert.Equal("{book{__typename title}}", fetch.Operation);
    }
}
