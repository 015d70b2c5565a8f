using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's UniqueArgumentNamesRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void Distinct_arguments_are_valid()
    {
        ValidationAssert.Valid<UniqueArgumentNamesRule>(
            """
            {
              field(arg1: "value", arg2: "value")
              field @directive(arg1: "value", arg2: "value")
            }
            """);
    }

    [Fact]
    public void Same_argument_on_two_fields_is_valid()
    {
        ValidationAssert.Valid<UniqueArgumentNamesRule>(
            """
            {
              one: field(arg: "value")
              two: field(arg: "value")
            }
            """);
    }

    [Fact]
    public void Duplicate_field_arguments_are_reported()
    {
        ValidationAssert.Errors<UniqueArgumentNamesRule>(
            """
            {
              field(arg1: "value", arg1: "value")
            }
            """,
            ValidationAssert.Error("There can be only one argument named \"arg1\".", (2, 9), (2, 24)));
    }

    [Fact]
    public void Many_duplicate_field_arguments_are_reported_once()
    {
        ValidationAssert.Errors<UniqueArgumentNamesRule>(
            """
            {
              field(arg1: "value", arg1: "value", arg1: "value")
            }
            """,
            ValidationAssert.Error("There can be only one argument named \"arg1\".", (2, 9), (2, 24), (2, 39)));
    }

    [Fact]
    public void Duplicate_directive_arguments_are_reported()
    {
        ValidationAssert.Errors<UniqueArgumentNamesRule>(
            """
            {
              field @directive(arg1: "value", arg1: "value")
            }
            """,
            ValidationAssert.Error("There can be only one argument named \"arg1\".", (2, 20), (2, 35)));
    }

    [Fact]
    public void Each_repeated_name_is_reported_in_order()
    {
        ValidationAssert.Errors<UniqueArgumentNamesRule>(
            """
            {
              field(b: 1, a: 1, b: 2, a: 2)
            }
            """,
            ValidationAssert.Error("There can be only one argument named \"b\".", (2, 9), (2, 21)),
            ValidationAssert.Error("There can be only one argument named \"a\".", (2, 15), (2, 27)));
    }
}
