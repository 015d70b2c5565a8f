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

    [Fact]
    public void Fields_of_one_response_name_with_different_subgraph_types_are_aliased_and_renamed_back()
    {
        // User.id is ID! and Admin.id is ID: both as `id` in one selection set fail FieldsInSetCanMerge (spec 5.3.2).
        var plan = QueryPlannerFetchTests.Plan("narrowed", "{ accounts { ... on User { id name } ... on Admin { id name } } }");

        var fetch = Assert.Single(QueryPlannerFetchTests.Fetches(plan.Node));
        Assert.Equal("{accounts{__typename ...on User{id name}...on Admin{id__alias_0:id name}}}", fetch.Operation);
        var rewrite = Assert.Single(fetch.OutputRewrites);
        Assert.Equal(["accounts", "... on Admin", "id__alias_0"], rewrite.Path);
        Assert.Equal("id", rewrite.RenameKeyTo);
    }

    [Fact]
    public void A_shared_root_field_of_a_keyless_type_splits_into_one_fetch_per_subgraph()
    {
        // Viewer has no key, so no entity jump reaches B's `movie` from A (or A's `song` from B): each subgraph
        // gets its own root fetch of `viewer` with its share, and the results merge at the same path.
        var plan = QueryPlannerFetchTests.Plan("narrowed", "{ viewer { name song { title } movie { title } } }");

        var fetches = QueryPlannerFetchTests.Fetches(plan.Node);
        Assert.Equal(2, fetches.Count);
        Assert.Equal("a", fetches[0].ServiceName);
        Assert.Equal("{viewer{name song{title}}}", fetches[0].Operation);
        Assert.Equal("b", fetches[1].ServiceName);
        Assert.Equal("{viewer{movie{title}}}", fetches[1].Operation);
    }

    [Fact]
    public void A_fragment_on_an_interface_some_members_implement_only_in_another_subgraph_is_asked_per_object_type()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs). In shop, Kettle does not implement Device
        // (specs declares that), so shop would skip Kettles under `... on Device`; asking per object type
        // returns their serial as the supergraph's schema promises.
        QueryPlannerTests.AssertPlan(
            "distributed-interface",
            """
            { appliances { ... on Device { serial } } }
            """,
            """
            QueryPlan {
              Fetch(service: "shop") {
                {
                  appliances {
                    __typename
                    ... on Kettle {
                      serial
                    }
                    ... on Lamp {
                      serial
                    }
                  }
                }
              },
            }
            """);
    }
}
