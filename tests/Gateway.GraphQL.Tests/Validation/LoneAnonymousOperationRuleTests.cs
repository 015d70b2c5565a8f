using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's LoneAnonymousOperationRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class LoneAnonymousOperationRuleTests
{
    [Fact]
    public void Anonymous_operation_with_fragment_is_valid()
    {
        ValidationAssert.Valid<LoneAnonymousOperationRule>(
            """
            {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """);
    }

    [Fact]
    public void Multiple_named_operations_are_valid()
    {
        ValidationAssert.Valid<LoneAnonymousOperationRule>(
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
    public void Multiple_anonymous_operations_are_each_reported()
    {
        ValidationAssert.Errors<LoneAnonymousOperationRule>(
            """
            {
              fieldA
            }
            {
              fieldB
            }
            """,
            ValidationAssert.Error("This anonymous operation must be the only defined operation.", (1, 1)),
            ValidationAssert.Error("This anonymous operation must be the only defined operation.", (4, 1)));
    }

    [Fact]
    public void Anonymous_operation_with_a_mutation_is_reported()
    {
        ValidationAssert.Errors<LoneAnonymousOperationRule>(
            """
            {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """,
            ValidationAssert.Error("This anonymous operation must be the only defined operation.", (1, 1)));
    }
}
