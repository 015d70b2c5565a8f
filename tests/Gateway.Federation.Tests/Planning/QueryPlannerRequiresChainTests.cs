namespace Gateway.Federation.Tests.Planning;

/// <summary>
/// <c>@requires</c> chains that return to a subgraph already fetched at the same path (the <c>requires-chain</c>
/// fixture: editorial's <c>beginnerFriendly</c> needs catalog's <c>Writer.seniority</c>, catalog's
/// <c>staffPick</c> needs editorial's <c>beginnerFriendly</c>).
/// </summary>
public sealed class QueryPlannerRequiresChainTests
{
    [Fact]
    public void A_requires_chain_back_into_the_requiring_subgraph_gets_a_fetch_of_its_own_that_runs_first()
    {
        // The same fetches, in the same order, as @apollo/query-planner 2.14.4 (tools/plan.mjs); Apollo lists the
        // required fields before the key inside a representation, which does not change what is sent. Asking
        // `writer` in the fetch that needs `writer { seniority }` would make that fetch wait for itself.
        QueryPlannerTests.AssertPlan(
            "requires-chain",
            """
            { articles { staffPick } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "catalog") {
                  {
                    articles {
                      __typename
                      id
                    }
                  }
                },
                Flatten(path: "articles.@") {
                  Fetch(service: "editorial") {
                    {
                      ... on Article {
                        __typename
                        id
                      }
                    } =>
                    {
                      ... on Article {
                        writer {
                          __typename
                          id
                        }
                      }
                    }
                  },
                },
                Flatten(path: "articles.@.writer") {
                  Fetch(service: "catalog") {
                    {
                      ... on Writer {
                        __typename
                        id
                      }
                    } =>
                    {
                      ... on Writer {
                        seniority
                      }
                    }
                  },
                },
                Flatten(path: "articles.@") {
                  Fetch(service: "editorial") {
                    {
                      ... on Article {
                        __typename
                        id
                        writer {
                          seniority
                        }
                      }
                    } =>
                    {
                      ... on Article {
                        beginnerFriendly
                      }
                    }
                  },
                },
                Flatten(path: "articles.@") {
                  Fetch(service: "catalog") {
                    {
                      ... on Article {
                        __typename
                        id
                        beginnerFriendly
                      }
                    } =>
                    {
                      ... on Article {
                        staffPick
                      }
                    }
                  },
                },
              },
            }
            """);
    }
}
