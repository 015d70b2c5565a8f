using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's ProvidedRequiredArgumentsRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class ProvidedRequiredArgumentsRuleTests
{
    [Fact]
    public void Optional_arguments_may_be_omitted()
    {
        ValidationAssert.Valid<ProvidedRequiredArgumentsRule>(
            """
            {
              dog {
                isHouseTrained
              }
            }
            """);
    }

    [Fact]
    public void Required_argument_with_default_may_be_omitted()
    {
        ValidationAssert.Valid<ProvidedRequiredArgumentsRule>(
            """
            {
              complicatedArgs {
                nonNullFieldWithDefault
              }
            }
            """);
    }

    [Fact]
    public void All_required_arguments_given_is_valid()
    {
        ValidationAssert.Valid<ProvidedRequiredArgumentsRule>(
            """
            {
              complicatedArgs {
                multipleReqs(req2: 2, req1: 1)
              }
            }
            """);
    }

    [Fact]
    public void Unknown_field_is_ignored()
    {
        ValidationAssert.Valid<ProvidedRequiredArgumentsRule>(
            """
            {
              dog {
                unknownField
              }
            }
            """);
    }

    [Fact]
    public void Missing_required_argument_is_reported_at_the_field()
    {
        ValidationAssert.Errors<ProvidedRequiredArgumentsRule>(
            """
            {
              complicatedArgs {
                multipleReqs(req2: 2)
              }
            }
            """,
            ValidationAssert.Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)));
    }

    [Fact]
    public void Missing_multiple_required_arguments_are_reported_in_definition_order()
    {
        ValidationAssert.Errors<ProvidedRequiredArgumentsRule>(
            """
            {
              complicatedArgs {
                multipleReqs
              }
            }
            """,
            ValidationAssert.Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
            ValidationAssert.Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));
    }

    [Fact]
    public void Missing_directive_arguments_are_reported()
    {
        ValidationAssert.Errors<ProvidedRequiredArgumentsRule>(
            """
            {
              dog @include {
                name @skip
              }
            }
            """,
            ValidationAssert.Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
            ValidationAssert.Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 10)));
    }

    [Fact]
    public void Inner_errors_come_before_outer_ones()
    {
        ValidationAssert.Errors<ProvidedRequiredArgumentsRule>(
            """
            {
              complicatedArgs {
                multipleReqs(req1: 1) @include
              }
            }
            """,
            ValidationAssert.Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 27)),
            ValidationAssert.Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));
    }
}
