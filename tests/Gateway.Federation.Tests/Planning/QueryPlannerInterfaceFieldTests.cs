using Gateway.Federation.Planning;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Tests.Planning;

/// <summary>
/// An interface's field is only as resolvable in a subgraph as the same field of each implementation the
/// subgraph returns (the <c>interface-override</c> fixture: <c>PhotoEntry.publishedAt</c> moved to modern by
/// <c>@override</c>, <c>Badge.id</c> and <c>Sticker.id</c> each external in one subgraph).
/// </summary>
public sealed class QueryPlannerInterfaceFieldTests
{
    [Fact]
    public void An_interface_field_overridden_away_from_an_implementation_is_fetched_from_the_overriding_subgraph()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        QueryPlannerTests.AssertPlan(
            "interface-override",
            """
            { timeline { id publishedAt } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "legacy") {
                  {
                    timeline {
                      __typename
                      id
                      ... on PhotoEntry {
                        __typename
                        id
                      }
                    }
                  }
                },
                Flatten(path: "timeline.@") {
                  Fetch(service: "modern") {
                    {
                      ... on PhotoEntry {
                        __typename
                        id
                      }
                    } =>
                    {
                      ... on PhotoEntry {
                        publishedAt
                      }
                    }
                  },
                },
              },
            }
            """);
    }

    [Fact]
    public void An_interface_field_no_subgraph_resolves_for_every_implementation_cannot_be_planned()
    {
        // Each subgraph that resolves `lookup` has an implementation whose `id` is external there, and that key
        // is the only way to reach the other subgraph: @apollo/query-planner 2.14.4 fails on it too.
        var planner = new QueryPlanner(Fixtures.Read("interface-override"));

        var error = Assert.Throws<QueryPlanningException>(() => planner.Plan(Parser.Parse("{ lookup(id: \"1\") { id } }")));

        Assert.Contains(".id (at \"lookup\")", error.Message, StringComparison.Ordinal);
    }
}
