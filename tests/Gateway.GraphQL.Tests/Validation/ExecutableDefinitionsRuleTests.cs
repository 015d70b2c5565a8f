using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's ExecutableDefinitionsRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class ExecutableDefinitionsRuleTests
{
    [Fact]
    public void Only_operations_and_fragments_are_valid()
    {
        ValidationAssert.Valid<ExecutableDefinitionsRule>(
            """
            query Foo {
              dog {
                name
                ...Frag
              }
            }

            fragment Frag on Dog {
              name
            }
            """);
    }

    [Fact]
    public void Type_definitions_are_not_executable()
    {
        ValidationAssert.Errors<ExecutableDefinitionsRule>(
            """
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """,
            ValidationAssert.Error("The \"Cow\" definition is not executable.", (7, 1)),
            ValidationAssert.Error("The \"Dog\" definition is not executable.", (11, 1)));
    }

    [Fact]
    public void Schema_definitions_are_not_executable()
    {
        ValidationAssert.Errors<ExecutableDefinitionsRule>(
            """
            schema {
              query: Query
            }

            type Query {
              test: String
            }

            extend schema @directive
            """,
            ValidationAssert.Error("The schema definition is not executable.", (1, 1)),
            ValidationAssert.Error("The \"Query\" definition is not executable.", (5, 1)),
            ValidationAssert.Error("The schema definition is not executable.", (9, 1)));
    }
}
