using Gateway.Federation.Planning;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Validation;

namespace Gateway.Federation.Tests.Planning;

/// <summary>
/// Operations on the fixture supergraphs and the plans <see cref="QueryPlanner"/> makes for them, in Apollo's
/// text form. Each expected plan was compared with what <c>Supergraphs/tools/plan.mjs</c> prints
/// (<c>@apollo/query-planner</c> 2.14.4); where ours differs, a comment says how and why it is equivalent.
/// </summary>
public sealed class QueryPlannerTests
{
    [Fact]
    public void Root_fields_of_different_subgraphs_are_fetched_in_parallel()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        AssertPlan(
            "store",
            """
            { me { email } topProducts { name } }
            """,
            """
            QueryPlan {
              Parallel {
                Fetch(service: "accounts") {
                  {
                    me {
                      email
                    }
                  }
                },
                Fetch(service: "products") {
                  {
                    topProducts {
                      name
                    }
                  }
                },
              },
            }
            """);
    }

    [Fact]
    public void A_root_field_of_several_subgraphs_joins_a_fetch_the_operation_already_makes()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        AssertPlan(
            "store",
            """
            { topProducts { name } catalog { title } }
            """,
            """
            QueryPlan {
              Fetch(service: "products") {
                {
                  topProducts {
                    name
                  }
                  catalog {
                    title
                  }
                }
              },
            }
            """);
    }

    [Fact]
    public void Consecutive_mutation_fields_of_one_subgraph_share_a_fetch_and_run_before_their_jumps()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        AssertPlan(
            "store",
            """
            mutation M($b: String!) { first: addReview(upc: "1", body: $b) { id } second: addReview(upc: "2", body: $b) { product { name } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "reviews") {
                  {
                    first: addReview(upc: "1", body: $b) {
                      id
                    }
                    second: addReview(upc: "2", body: $b) {
                      product {
                        __typename
                        upc
                      }
                    }
                  }
                },
                Flatten(path: "second.product") {
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
            """);
    }

    [Fact]
    public void Entity_jumps_nest_and_sibling_jumps_share_a_fetch()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        AssertPlan(
            "store",
            """
            { topProducts { name shippingEstimate reviews { body author { username email } } } }
            """,
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
            """);
    }

    [Fact]
    public void A_field_overridden_away_is_fetched_from_the_overriding_subgraph()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        AssertPlan(
            "store",
            """
            { me { username email } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "accounts") {
                  {
                    me {
                      __typename
                      id
                      email
                    }
                  }
                },
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
                        username
                      }
                    }
                  },
                },
              },
            }
            """);
    }

    [Fact]
    public void Provides_makes_an_external_field_resolvable_on_its_path()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        AssertPlan(
            "store",
            """
            { product(upc: "1") { createdBy { username email } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "products") {
                  {
                    product(upc: "1") {
                      createdBy {
                        __typename
                        id
                        username
                      }
                    }
                  }
                },
                Flatten(path: "product.createdBy") {
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
            }
            """);
    }

    [Fact]
    public void Nested_requires_are_fetched_first_and_sent_in_the_representation()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        AssertPlan(
            "fed20",
            """
            { topProduct { shippingCost vendor { name } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "products") {
                  {
                    topProduct {
                      __typename
                      id
                      dimensions {
                        width
                        height
                      }
                      vendor {
                        name
                      }
                    }
                  }
                },
                Flatten(path: "topProduct") {
                  Fetch(service: "shipping") {
                    {
                      ... on Product {
                        __typename
                        id
                        dimensions {
                          width
                          height
                        }
                      }
                    } =>
                    {
                      ... on Product {
                        shippingCost
                      }
                    }
                  },
                },
              },
            }
            """);
    }

    [Fact]
    public void Union_members_of_different_subgraphs_are_planned_per_type()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        AssertPlan(
            "store",
            """
            { search(term: "a") { ... on User { email reviews { body } } ... on Product { name } ... on Book { title isbn } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "products") {
                  {
                    search(term: "a") {
                      __typename
                      ... on Product {
                        name
                      }
                      ... on Book {
                        __typename
                        id
                        title
                      }
                    }
                  }
                },
                Flatten(path: "search.@") {
                  Fetch(service: "media") {
                    {
                      ... on Book {
                        __typename
                        id
                      }
                    } =>
                    {
                      ... on Book {
                        isbn
                      }
                    }
                  },
                },
              },
            }
            """);
    }

    [Fact]
    public void Interface_object_fields_jump_with_the_interface_as_typename()
    {
        // Equivalent to Apollo's plan, whose products fetch asks for the interface's `id` after `... on Book`
        // (it plans the interface-object jump last); same fields, same fetches.
        AssertPlan(
            "store",
            """
            { media { reviewCount title ... on Book { isbn } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "products") {
                  {
                    media {
                      __typename
                      id
                      title
                      ... on Book {
                        __typename
                        id
                      }
                    }
                  }
                },
                Parallel {
                  Flatten(path: "media.@") {
                    Fetch(service: "media") {
                      {
                        ... on Book {
                          __typename
                          id
                        }
                      } =>
                      {
                        ... on Book {
                          isbn
                        }
                      }
                    },
                  },
                  Flatten(path: "media.@") {
                    Fetch(service: "reviews") {
                      {
                        ... on Media {
                          __typename
                          id
                        }
                      } =>
                      {
                        ... on Media {
                          reviewCount
                        }
                      }
                    },
                  },
                },
              },
            }
            """);
    }

    [Fact]
    public void Named_fragments_aliases_variables_and_include_become_inline_selections_and_a_condition()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        AssertPlan(
            "store",
            """
            query Q($upc: String!, $code: String, $withStock: Boolean!) {
              p: product(upc: $upc) { ...P stock @include(if: $withStock) { warehouse(code: $code) } }
            }
            
            fragment P on Product { n: name reviews { body } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "products") {
                  {
                    p: product(upc: $upc) {
                      __typename
                      upc
                      n: name
                    }
                  }
                },
                Parallel {
                  Include(if: $withStock) {
                    Flatten(path: "p") {
                      Fetch(service: "inventory") {
                        {
                          ... on Product {
                            __typename
                            upc
                          }
                        } =>
                        {
                          ... on Product {
                            stock {
                              warehouse(code: $code)
                            }
                          }
                        }
                      },
                    }
                  },
                  Flatten(path: "p") {
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
                          }
                        }
                      }
                    },
                  },
                },
              },
            }
            """);
    }

    [Fact]
    public void Literal_skip_and_include_are_decided_at_plan_time()
    {
        // Equivalent to Apollo's plan, which sends `email @skip(if: true)` and `username @include(if: true)`
        // to the subgraphs; deciding literal conditions here sends less and gives the same data.
        AssertPlan(
            "store",
            """
            { me { email @skip(if: true) username @include(if: true) } __typename }
            """,
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
                        username
                      }
                    }
                  },
                },
              },
            }
            """);
    }

    [Fact]
    public void A_root_typename_needs_no_fetch()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        AssertPlan(
            "store",
            """
            { __typename }
            """,
            """
            QueryPlan {}
            """);
    }

    [Fact]
    public void Federation_1_subgraphs_are_planned_like_federation_2_ones()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        AssertPlan(
            "fed1",
            """
            { topProducts { name inStock shippingEstimate } }
            """,
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
                        inStock
                        shippingEstimate
                      }
                    }
                  },
                },
              },
            }
            """);
    }

    [Fact]
    public void Progressive_override_keeps_the_field_in_the_original_subgraph_while_its_label_is_off()
    {
        // Apollo prints the ID literal as `1` (its printer coerces the value); the subgraph receives the same ID.
        AssertPlan(
            "fed27",
            """
            query { product(id: "1") { price } }
            """,
            """
            QueryPlan {
              Fetch(service: "products") {
                {
                  product(id: "1") {
                    price
                  }
                }
              },
            }
            """);
    }

    [Fact]
    public void A_root_field_of_several_subgraphs_goes_where_fewest_fetches_result()
    {
        // Differs from Apollo 2.14.4, which starts from shipping and needs five fetches (shipping, then products
        // for dimensions, then shipping again for shippingCost, reviews in parallel, and products for name and
        // vendor); starting from products needs three and returns the same data.
        AssertPlan(
            "fed20",
            """
            { products { name shippingCost carrier reviewCount vendor { name id } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "products") {
                  {
                    products {
                      __typename
                      id
                      name
                      dimensions {
                        width
                        height
                      }
                      vendor {
                        name
                        id
                      }
                    }
                  }
                },
                Parallel {
                  Flatten(path: "products.@") {
                    Fetch(service: "reviews") {
                      {
                        ... on Product {
                          __typename
                          id
                        }
                      } =>
                      {
                        ... on Product {
                          reviewCount
                        }
                      }
                    },
                  },
                  Flatten(path: "products.@") {
                    Fetch(service: "shipping") {
                      {
                        ... on Product {
                          __typename
                          id
                          dimensions {
                            width
                            height
                          }
                        }
                      } =>
                      {
                        ... on Product {
                          shippingCost
                          carrier
                        }
                      }
                    },
                  },
                },
              },
            }
            """);
    }

    [Fact]
    public void An_implementation_field_of_an_interface_object_jumps_with_its_key_and_the_interface_name()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        AssertPlan(
            "store",
            """
            { media { __typename id ... on Film { minutes reviewCount } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "products") {
                  {
                    media {
                      __typename
                      id
                      ... on Film {
                        __typename
                        id
                      }
                    }
                  }
                },
                Parallel {
                  Flatten(path: "media.@") {
                    Fetch(service: "reviews") {
                      {
                        ... on Film {
                          __typename
                          id
                        }
                      } =>
                      {
                        ... on Media {
                          reviewCount
                        }
                      }
                    },
                  },
                  Flatten(path: "media.@") {
                    Fetch(service: "media") {
                      {
                        ... on Film {
                          __typename
                          id
                        }
                      } =>
                      {
                        ... on Film {
                          minutes
                        }
                      }
                    },
                  },
                },
              },
            }
            """);
    }

    [Fact]
    public void An_interface_root_field_keeps_shared_fields_on_the_interface_and_jumps_per_type()
    {
        // Apollo prints the ID literal as `1` (its printer coerces the value); the subgraph receives the same ID.
        AssertPlan(
            "store",
            """
            { node(id: "1") { id ... on User { email reviews { body } } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "accounts") {
                  {
                    node(id: "1") {
                      __typename
                      id
                      ... on User {
                        __typename
                        id
                        email
                      }
                    }
                  }
                },
                Flatten(path: "node") {
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
                },
              },
            }
            """);
    }

    [Fact]
    public void Typename_under_an_interface_object_comes_from_a_subgraph_that_has_the_interface()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs): reviews holds Media as an
        // @interfaceObject and would answer "Media"; products knows the concrete type.
        AssertPlan(
            "interop",
            """
            { review(id: "r4") { media { __typename title reviews { id } } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "reviews") {
                  {
                    review(id: "r4") {
                      media {
                        __typename
                        id
                        reviews {
                          id
                        }
                      }
                    }
                  }
                },
                Flatten(path: "review.media") {
                  Fetch(service: "products") {
                    {
                      ... on Media {
                        __typename
                        id
                      }
                    } =>
                    {
                      ... on Media {
                        __typename
                        title
                      }
                    }
                  },
                },
              },
            }
            """);
    }

    [Fact]
    public void Fragments_on_implementations_under_an_interface_object_are_asked_of_a_subgraph_that_has_the_interface()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        AssertPlan(
            "interop",
            """
            { topRatedMedia { __typename id title ... on Book { author } ... on Movie { director } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "reviews") {
                  {
                    topRatedMedia {
                      __typename
                      id
                    }
                  }
                },
                Flatten(path: "topRatedMedia.@") {
                  Fetch(service: "products") {
                    {
                      ... on Media {
                        __typename
                        id
                      }
                    } =>
                    {
                      ... on Media {
                        __typename
                        title
                        ... on Book {
                          author
                        }
                        ... on Movie {
                          director
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
    public void A_key_the_current_subgraph_lacks_is_fetched_from_a_third_subgraph_first()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs): reviews knows Product by upc only,
        // inventory by sku and variation { id }, which products supplies.
        AssertPlan(
            "interop",
            """
            { topReviews(first: 3) { id product { name inStock } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "reviews") {
                  {
                    topReviews(first: 3) {
                      id
                      product {
                        __typename
                        upc
                        name
                      }
                    }
                  }
                },
                Flatten(path: "topReviews.@.product") {
                  Fetch(service: "products") {
                    {
                      ... on Product {
                        __typename
                        upc
                      }
                    } =>
                    {
                      ... on Product {
                        sku
                        variation {
                          id
                        }
                      }
                    }
                  },
                },
                Flatten(path: "topReviews.@.product") {
                  Fetch(service: "inventory") {
                    {
                      ... on Product {
                        __typename
                        sku
                        variation {
                          id
                        }
                      }
                    } =>
                    {
                      ... on Product {
                        inStock
                      }
                    }
                  },
                },
              },
            }
            """);
    }

    [Fact]
    public void A_field_requiring_external_fields_of_the_current_subgraph_is_asked_again_once_they_are_fetched()
    {
        // shipping resolves Product.shippingCostCents with @requires(fields: "weight"), and weight is external
        // there: Apollo (and we) fetch weight from products, then ask shipping through _entities.
        var supergraph = Fixtures.Read("interop");
        var document = Parser.Parse("{ orders { items { item { ... on Product { shippingCostCents } } } } }");

        var plan = new QueryPlanner(supergraph).Plan(document, null).ToString();

        Assert.Contains(
            """
                Flatten(path: "orders.@.items.@.item") {
                  Fetch(service: "shipping") {
                    {
                      ... on Product {
                        __typename
                        upc
                        weight
                      }
                    } =>
                    {
                      ... on Product {
                        shippingCostCents
                      }
                    }
                  },
                },
            """,
            plan);
        Assert.Contains("weight", plan[plan.IndexOf("Fetch(service: \"products\")", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    internal static void AssertPlan(string folder, string operation, string expected)
    {
        var supergraph = Fixtures.Read(folder);
        var document = Parser.Parse(operation);
        Assert.Empty(DocumentValidator.Validate(supergraph.ApiSchema, document));
        Assert.Equal(expected, new QueryPlanner(supergraph).Plan(document, null).ToString());
    }
}
