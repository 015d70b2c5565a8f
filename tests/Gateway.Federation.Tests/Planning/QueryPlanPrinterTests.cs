using Gateway.Federation.Planning;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Tests.Planning;

/// <summary>
/// Hand-built plans printed and compared with what <c>prettyFormatQueryPlan</c> of
/// <c>@apollo/query-planner</c> 2.14 printed for the plans it built for the same operations against
/// <c>Supergraphs/store</c> (operation texts copied from those plans' JSON form).
/// </summary>
public sealed class QueryPlanPrinterTests
{
    [Fact]
    public void Prints_an_empty_plan()
    {
        Assert.Equal("QueryPlan {}", new QueryPlan(null).ToString());
    }

    [Fact]
    public void Prints_a_sequence_of_a_root_fetch_and_an_entity_fetch()
    {
        // mutation { addReview(upc: "1", body: "x") { id product { name } } }
        var plan = new QueryPlan(new SequenceNode(
        [
            Root("reviews", "mutation{addReview(upc:\"1\" body:\"x\"){id product{__typename upc}}}", OperationType.Mutation),
            new FlattenNode(["addReview", "product"], Entity("products", "Product", "upc", "...on Product{name}")),
        ]));

        Assert.Equal(
            """
            QueryPlan {
              Sequence {
                Fetch(service: "reviews") {
                  {
                    addReview(upc: "1", body: "x") {
                      id
                      product {
                        __typename
                        upc
                      }
                    }
                  }
                },
                Flatten(path: "addReview.product") {
                  Fetch(service: "products") {
                    {
                      ... on Product {
                        __typename
                        upc
                      }
                    } =>
                    {
                      ... on Product {
                        name
                      }
                    }
                  },
                },
              },
            }
            """,
            plan.ToString());
    }

    [Fact]
    public void Prints_nested_parallel_and_sequence_with_list_paths()
    {
        // { topProducts { name shippingEstimate reviews { body author { username email } } } }
        var plan = new QueryPlan(new SequenceNode(
        [
            Root("products", "{topProducts{__typename upc name price weight}}"),
            new ParallelNode(
            [
                new SequenceNode(
                [
                    new FlattenNode(["topProducts", "@"], Entity("reviews", "Product", "upc", "...on Product{reviews{body author{__typename id username}}}")),
                    new FlattenNode(["topProducts", "@", "reviews", "@", "author"], Entity("accounts", "User", "id", "...on User{email}")),
                ]),
                new FlattenNode(["topProducts", "@"], Entity("inventory", "Product", "upc price weight", "...on Product{shippingEstimate}")),
            ]),
        ]));

        Assert.Equal(
            """
            QueryPlan {
              Sequence {
                Fetch(service: "products") {
                  {
                    topProducts {
                      __typename
                      upc
                      name
                      price
                      weight
                    }
                  }
                },
                Parallel {
                  Sequence {
                    Flatten(path: "topProducts.@") {
                      Fetch(service: "reviews") {
                        {
                          ... on Product {
                            __typename
                            upc
                          }
                        } =>
                        {
                          ... on Product {
                            reviews {
                              body
                              author {
                                __typename
                                id
                                username
                              }
                            }
                          }
                        }
                      },
                    },
                    Flatten(path: "topProducts.@.reviews.@.author") {
                      Fetch(service: "accounts") {
                        {
                          ... on User {
                            __typename
                            id
                          }
                        } =>
                        {
                          ... on User {
                            email
                          }
                        }
                      },
                    },
                  },
                  Flatten(path: "topProducts.@") {
                    Fetch(service: "inventory") {
                      {
                        ... on Product {
                          __typename
                          upc
                          price
                          weight
                        }
                      } =>
                      {
                        ... on Product {
                          shippingEstimate
                        }
                      }
                    },
                  },
                },
              },
            }
            """,
            plan.ToString());
    }

    [Fact]
    public void Prints_an_include_condition_inside_parallel_with_named_operations()
    {
        // query Q($a: Boolean!, $u: String!) { me { id } product(upc: $u) { name ... @include(if: $a) { reviews { id } } } }
        var plan = new QueryPlan(new ParallelNode(
        [
            Root("accounts", "query Q__accounts__0{me{id}}"),
            new SequenceNode(
            [
                new FetchNode("products", "query Q__products__1($u:String!$a:Boolean!){product(upc:$u){name ...@include(if:$a){__typename upc}}}", ["u", "a"], null, OperationType.Query, OperationName: "Q__products__1"),
                new ConditionNode("a", new FlattenNode(["product"], Entity("reviews", "Product", "upc", "...on Product{reviews{id}}", "Q__reviews__2")), null),
            ]),
        ]));

        Assert.Equal(
            """
            QueryPlan {
              Parallel {
                Fetch(service: "accounts") {
                  {
                    me {
                      id
                    }
                  }
                },
                Sequence {
                  Fetch(service: "products") {
                    {
                      product(upc: $u) {
                        name
                        ... @include(if: $a) {
                          __typename
                          upc
                        }
                      }
                    }
                  },
                  Include(if: $a) {
                    Flatten(path: "product") {
                      Fetch(service: "reviews") {
                        {
                          ... on Product {
                            __typename
                            upc
                          }
                        } =>
                        {
                          ... on Product {
                            reviews {
                              id
                            }
                          }
                        }
                      },
                    }
                  },
                },
              },
            }
            """,
            plan.ToString());
    }

    [Fact]
    public void Prints_a_skip_condition()
    {
        // query($s: Boolean!) { me { id reviews @skip(if: $s) { body } } }
        var plan = new QueryPlan(new SequenceNode(
        [
            Root("accounts", "{me{__typename id}}"),
            new ConditionNode("s", null, new FlattenNode(["me"], Entity("reviews", "User", "id", "...on User{reviews{body}}"))),
        ]));

        Assert.Equal(
            """
            QueryPlan {
              Sequence {
                Fetch(service: "accounts") {
                  {
                    me {
                      __typename
                      id
                    }
                  }
                },
                Skip(if: $s) {
                  Flatten(path: "me") {
                    Fetch(service: "reviews") {
                      {
                        ... on User {
                          __typename
                          id
                        }
                      } =>
                      {
                        ... on User {
                          reviews {
                            body
                          }
                        }
                      }
                    },
                  }
                },
              },
            }
            """,
            plan.ToString());
    }

    [Fact]
    public void Prints_a_condition_with_both_branches_and_fetch_ids_as_Apollo_does()
    {
        // Shape from queryPlanSerializer.js (Condition with ifClause and elseClause; `id` printed when truthy).
        var plan = new QueryPlan(new ConditionNode(
            "v",
            Root("a", "{x}") with { Id = 1 },
            Root("b", "{y}") with { Id = 0 }));

        Assert.Equal(
            """
            QueryPlan {
              Condition(if: $v) {
                Then {
                  Fetch(service: "a", id: 1) {
                    {
                      x
                    }
                  }
                } Else {
                  Fetch(service: "b") {
                    {
                      y
                    }
                  }
                }
              },
            }
            """,
            plan.ToString());
    }

    private static FetchNode Root(string service, string operation, OperationType kind = OperationType.Query) =>
        new(service, operation, [], null, kind);

    private static FetchNode Entity(string service, string type, string key, string selection, string? name = null)
    {
        var requires = Parser.Parse($"{{ ... on {type} {{ __typename {key} }} }}").Definitions.OfType<OperationDefinitionNode>().Single().SelectionSet;
        var operation = $"query{(name is null ? string.Empty : " " + name)}($representations:[_Any!]!){{_entities(representations:$representations){{{selection}}}}}";
        return new FetchNode(service, operation, [], requires, OperationType.Query, OperationName: name);
    }
}
