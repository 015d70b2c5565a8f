using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's UniqueOperationNamesRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class UniqueOperationNamesRuleTests
{
    [Fact]
    public void One_anonymous_operation_is_valid()
    {
        ValidationAssert.Valid<UniqueOperationNamesRule>(
            """
            {
              field
            }
            """);
    }

    [Fact]
    public void Operations_with_different_names_are_valid()
    {
        ValidationAssert.Valid<UniqueOperationNamesRule>(
            """
            query Foo {
              field
            }

            query Bar {
              field
            }
            """);
    }

    [Fact]
    public void Fragment_and_operation_may_share_a_name()
    {
        ValidationAssert.Valid<UniqueOperationNamesRule>(
            """
            query Foo {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """);
    }

    [Fact]
    public void Two_operations_of_the_same_name_are_reported_at_both_names()
    {
        ValidationAssert.Errors<UniqueOperationNamesRule>(
            """
            query Foo {
              fieldA
            }
            query Foo {
              fieldB
            }
            """,
            ValidationAssert.Error("There can be only one operation named \"Foo\".", (1, 7), (4, 7)));
    }

    [Fact]
    public void Operations_of_different_types_with_the_same_name_are_reported()
    {
        ValidationAssert.Errors<UniqueOperationNamesRule>(
            """
            query Foo {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            subscription Foo {
              fieldC
            }
            """,
            ValidationAssert.Error("There can be only one operation named \"Foo\".", (1, 7), (4, 10)),
            ValidationAssert.Error("There can be only one operation named \"Foo\".", (1, 7), (7, 14)));
    }
}
