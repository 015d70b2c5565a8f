using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>Cases mirroring graphql-js 16's MaxIntrospectionDepthRule tests; expected messages and locations come from graphql-js 16.15.</summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    [Fact]
    public void Default_introspection_query_depth_is_valid() =>
        ValidationAssert.Valid<MaxIntrospectionDepthRule>(
            """
            {
              __schema {
                types {
                  fields {
                    type { ofType { ofType { name } } }
                  }
                  interfaces { name }
                  possibleTypes { name }
                  inputFields { name }
                }
              }
            }
            """);

    [Fact]
    public void Three_nested_fields_lists_are_reported() =>
        ValidationAssert.Errors<MaxIntrospectionDepthRule>(
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            ValidationAssert.Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Nested_interfaces_through_type_are_reported() =>
        ValidationAssert.Errors<MaxIntrospectionDepthRule>(
            """
            {
              __type(name: "Query") {
                interfaces {
                  interfaces {
                    interfaces {
                      name
                    }
                  }
                }
              }
            }
            """,
            ValidationAssert.Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Depth_through_fragments_is_reported() =>
        ValidationAssert.Errors<MaxIntrospectionDepthRule>(
            """
            query test {
              __schema {
                types {
                  ...Lists
                }
              }
            }
            fragment Lists on __Type {
              fields {
                type {
                  ...More
                }
              }
            }
            fragment More on __Type {
              possibleTypes {
                inputFields {
                  name
                }
              }
            }
            """,
            ValidationAssert.Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Fragment_cycles_do_not_loop() =>
        ValidationAssert.Valid<MaxIntrospectionDepthRule>(
            """
            {
              __schema {
                types {
                  ...A
                }
              }
            }
            fragment A on __Type {
              name
              ...B
            }
            fragment B on __Type {
              ...A
            }
            """);

    [Fact]
    public void Every_introspection_root_is_checked() =>
        ValidationAssert.Errors<MaxIntrospectionDepthRule>(
            """
            {
              a: __schema { types { fields { type { fields { type { fields { name } } } } } } }
              b: __type(name: "Dog") { fields { type { fields { type { fields { name } } } } } }
              c: __type(name: "Cat") { name }
            }
            """,
            ValidationAssert.Error("Maximum introspection depth exceeded", (2, 3)),
            ValidationAssert.Error("Maximum introspection depth exceeded", (3, 3)));

    [Fact]
    public void A_fragment_checked_shallow_is_checked_again_deeper() =>
        ValidationAssert.Errors<MaxIntrospectionDepthRule>(
            """
            {
              a: __type(name: "Dog") { ...F }
              b: __type(name: "Dog") { fields { type { interfaces { ...F } } } }
            }
            fragment F on __Type {
              name
              possibleTypes { name }
            }
            """,
            ValidationAssert.Error("Maximum introspection depth exceeded", (3, 3)));
}
