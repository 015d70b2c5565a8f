namespace Gateway.Federation.Tests.Planning;

/// <summary>Which subgraph a root field several subgraphs resolve is fetched from (the <c>root-provides</c> fixture).</summary>
public sealed class QueryPlannerRootChoiceTests
{
    [Fact]
    public void Between_root_subgraphs_needing_as_many_fetches_the_one_that_provides_more_of_the_selections_wins()
    {
        // The same fetches as @apollo/query-planner 2.14.4 (tools/plan.mjs), which lists `title` before the
        // key. Both catalog and cinema need a second fetch (for `rating`), but cinema's @provides returns
        // `title` itself, so less is asked of details.
        QueryPlannerTests.AssertPlan(
            "root-provides",
            """
            { featured { title rating } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "cinema") {
                  {
                    featured {
                      __typename
                      id
                      title
                    }
                  }
                },
                Flatten(path: "featured") {
                  Fetch(service: "details") {
                    {
                      ... on Movie {
                        __typename
                        id
                      }
                    } =>
                    {
                      ... on Movie {
                        rating
                      }
                    }
                  },
                },
              },
            }
            """);
    }
}
