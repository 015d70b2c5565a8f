using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's FragmentsOnCompositeTypesRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void Object_interface_and_union_conditions_are_valid()
    {
        ValidationAssert.Valid<FragmentsOnCompositeTypesRule>(
            """
            fragment validFragment on Dog {
              barks
            }
            fragment validFragment2 on Pet {
              name
            }
            fragment validFragment3 on CatOrDog {
              __typename
            }
            fragment f on Pet {
              ... {
                name
              }
            }
            """);
    }

    [Fact]
    public void Scalar_fragment_condition_is_reported()
    {
        ValidationAssert.Errors<FragmentsOnCompositeTypesRule>(
            """
            fragment scalarFragment on Boolean {
              bad
            }
            """,
            ValidationAssert.Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));
    }

    [Fact]
    public void Enum_fragment_condition_is_reported()
    {
        ValidationAssert.Errors<FragmentsOnCompositeTypesRule>(
            """
            fragment scalarFragment on FurColor {
              bad
            }
            """,
            ValidationAssert.Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)));
    }

    [Fact]
    public void Input_object_fragment_condition_is_reported()
    {
        ValidationAssert.Errors<FragmentsOnCompositeTypesRule>(
            """
            fragment inputFragment on ComplexInput {
              stringField
            }
            """,
            ValidationAssert.Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));
    }

    [Fact]
    public void Scalar_inline_fragment_condition_is_reported()
    {
        ValidationAssert.Errors<FragmentsOnCompositeTypesRule>(
            """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """,
            ValidationAssert.Error("Fragment cannot condition on non composite type \"String\".", (2, 10)));
    }
}
