namespace Gateway.Federation.Tests.Planning;

/// <summary>
/// <c>@requires</c> chains that return to a subgraph already fetched at the same path (the <c>requires-chain</c>
/// fixture: editorial's <c>beginnerFriendly</c> needs catalog's <c>Writer.seniority</c>, catalog's
/// <c>staffPick</c> needs editorial's <c>beginnerFriendly</c>), and required fields with arguments (editorial's
/// <c>verdict</c> and <c>strictVerdict</c> need <c>reviews</c> with different <c>first</c>).
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

    [Fact]
    public void Required_fields_with_different_arguments_are_aliased_and_sent_in_separate_fetches()
    {
        // @apollo/query-planner 2.14.4 asks only `reviews(first: 5)`, unaliased, and sends it to both `verdict`
        // and `strictVerdict`; the client's `reviews(first: 1)` is not fetched at all. Here each argument set
        // has its own alias in the supplying fetch,
        // the two requiring fetches cannot share representations (both would carry `reviews`), and the client's
        // `reviews(first: 1)` keeps its own response name.
        QueryPlannerTests.AssertPlan(
            "requires-chain",
            """
            { articles { verdict strictVerdict reviews(first: 1) { id } } }
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
                        reviews__required_0: reviews(first: 2) {
                          __typename
                          id
                        }
                        reviews__required_1: reviews(first: 5) {
                          __typename
                          id
                        }
                      }
                    }
                  },
                },
                Parallel {
                  Flatten(path: "articles.@.reviews__required_1.@") {
                    Fetch(service: "scores") {
                      {
                        ... on Review {
                          __typename
                          id
                        }
                      } =>
                      {
                        ... on Review {
                          score
                        }
                      }
                    },
                  },
                  Flatten(path: "articles.@.reviews__required_0.@") {
                    Fetch(service: "scores") {
                      {
                        ... on Review {
                          __typename
                          id
                        }
                      } =>
                      {
                        ... on Review {
                          score
                        }
                      }
                    },
                  },
                },
                Parallel {
                  Flatten(path: "articles.@") {
                    Fetch(service: "editorial") {
                      {
                        ... on Article {
                          __typename
                          id
                          reviews__required_0: reviews(first: 2) {
                            score
                          }
                        }
                      } =>
                      {
                        ... on Article {
                          verdict
                          reviews(first: 1) {
                            id
                          }
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
                          reviews__required_1: reviews(first: 5) {
                            score
                          }
                        }
                      } =>
                      {
                        ... on Article {
                          strictVerdict
                        }
                      }
                    },
                  },
                },
              },
            }
            """);
    }
}
