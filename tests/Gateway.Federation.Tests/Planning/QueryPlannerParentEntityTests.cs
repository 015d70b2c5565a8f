namespace Gateway.Federation.Tests.Planning;

/// <summary>
/// A field of a value type (no key) that the current subgraph cannot resolve is reached by asking the field that
/// returned the value again, through the parent entity's key, of a subgraph that has both (the
/// <c>parent-entity</c> and <c>parent-entity-external</c> fixtures).
/// </summary>
public sealed class QueryPlannerParentEntityTests
{
    [Fact]
    public void A_value_type_field_of_another_subgraph_is_fetched_through_the_parent_entity()
    {
        // The same fetches as @apollo/query-planner 2.14.4 (tools/plan.mjs); ours lists the client's `id`
        // before the rest of the key `isbn`, Apollo the key in its own order. `Genre.blurb` is only in notes,
        // which knows Genre as a value: notes is asked for `genre { blurb }` of the Book, by Book's key.
        QueryPlannerTests.AssertPlan(
            "parent-entity",
            """
            { books { id genre { id blurb { words } } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "shelf") {
                  {
                    books {
                      __typename
                      isbn
                      id
                      genre {
                        id
                      }
                    }
                  }
                },
                Flatten(path: "books.@") {
                  Fetch(service: "notes") {
                    {
                      ... on Book {
                        __typename
                        id
                        isbn
                      }
                    } =>
                    {
                      ... on Book {
                        genre {
                          blurb {
                            words
                          }
                        }
                      }
                    }
                  },
                },
              },
            }
            """);
    }

    [Fact]
    public void A_parent_entity_key_the_entity_fetch_cannot_return_is_taken_from_the_fetch_that_supplied_it()
    {
        // The same fetches as @apollo/query-planner 2.14.4 (tools/plan.mjs), which prints the ID argument as
        // `id: 1`. Book.id is external in codes and tags, so the jump to tags for `genre { blurb }` starts
        // from store's fetch, like the one to codes; genres then needs codes's Genre.id as its key.
        QueryPlannerTests.AssertPlan(
            "parent-entity-external",
            """
            { bookFromStore(id: "1") { id title genre { id name blurb } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "store") {
                  {
                    bookFromStore(id: "1") {
                      __typename
                      id
                      title
                    }
                  }
                },
                Parallel {
                  Flatten(path: "bookFromStore") {
                    Fetch(service: "tags") {
                      {
                        ... on Book {
                          __typename
                          id
                        }
                      } =>
                      {
                        ... on Book {
                          genre {
                            blurb
                          }
                        }
                      }
                    },
                  },
                  Sequence {
                    Flatten(path: "bookFromStore") {
                      Fetch(service: "codes") {
                        {
                          ... on Book {
                            __typename
                            id
                          }
                        } =>
                        {
                          ... on Book {
                            genre {
                              __typename
                              id
                            }
                          }
                        }
                      },
                    },
                    Flatten(path: "bookFromStore.genre") {
                      Fetch(service: "genres") {
                        {
                          ... on Genre {
                            __typename
                            id
                          }
                        } =>
                        {
                          ... on Genre {
                            name
                          }
                        }
                      },
                    },
                  },
                },
              },
            }
            """);
    }
}
