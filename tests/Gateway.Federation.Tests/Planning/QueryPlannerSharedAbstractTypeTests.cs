namespace Gateway.Federation.Tests.Planning;

/// <summary>
/// A position more than one subgraph can serve returns, for an abstract type, only the object types every one of
/// them can return (the <c>shared-union</c> fixture: <c>Tray.items</c> is an <c>Item</c> union with
/// <c>Feather</c> only in north and <c>Shell</c> only in south; <c>Box.tray</c> is shared, <c>southTray</c> is not).
/// </summary>
public sealed class QueryPlannerSharedAbstractTypeTests
{
    [Fact]
    public void A_shared_field_keeps_only_the_union_members_every_subgraph_that_serves_it_has()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs): `tray` could come from north or from
        // south (through Box's key), so only Pebble, a member in both, is asked for; a Feather comes back with
        // its __typename alone.
        QueryPlannerTests.AssertPlan(
            "shared-union",
            """
            { northBox { tray { items { __typename ... on Pebble { weight } ... on Feather { color } ... on Shell { size } } } } }
            """,
            """
            QueryPlan {
              Fetch(service: "north") {
                {
                  northBox {
                    tray {
                      items {
                        __typename
                        ... on Pebble {
                          weight
                        }
                      }
                    }
                  }
                }
              },
            }
            """);
    }

    [Fact]
    public void A_field_of_one_subgraph_keeps_every_union_member_of_that_subgraph()
    {
        // Identical to @apollo/query-planner 2.14.4 (tools/plan.mjs).
        QueryPlannerTests.AssertPlan(
            "shared-union",
            """
            { northBox { southTray { items { __typename ... on Pebble { weight } ... on Feather { color } ... on Shell { size } } } } }
            """,
            """
            QueryPlan {
              Sequence {
                Fetch(service: "north") {
                  {
                    northBox {
                      __typename
                      id
                    }
                  }
                },
                Flatten(path: "northBox") {
                  Fetch(service: "south") {
                    {
                      ... on Box {
                        __typename
                        id
                      }
                    } =>
                    {
                      ... on Box {
                        southTray {
                          items {
                            __typename
                            ... on Pebble {
                              weight
                            }
                            ... on Shell {
                              size
                            }
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
}
