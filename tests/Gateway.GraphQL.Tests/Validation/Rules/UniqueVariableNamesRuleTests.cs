using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>Cases mirroring graphql-js 16's UniqueVariableNamesRule tests; expected messages and locations come from graphql-js 16.15.</summary>
public sealed class UniqueVariableNamesRuleTests
{
    [Fact]
    public void Unique_variable_names_are_valid() =>
        ValidationAssert.Valid<UniqueVariableNamesRule>(
            """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """);

    [Fact]
    public void Duplicate_variable_names_are_reported_once_per_name_at_every_definition() =>
        ValidationAssert.Errors<UniqueVariableNamesRule>(
            """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """,
            ValidationAssert.Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            ValidationAssert.Error("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
            ValidationAssert.Error("There can be only one variable named \"$x\".", (3, 10), (3, 19)));

    [Fact]
    public void Duplicates_are_reported_in_order_of_first_definition() =>
        ValidationAssert.Errors<UniqueVariableNamesRule>(
            """
            query A($a: Int, $b: Int, $b: Int, $a: Int) { __typename }
            """,
            ValidationAssert.Error("There can be only one variable named \"$a\".", (1, 10), (1, 37)),
            ValidationAssert.Error("There can be only one variable named \"$b\".", (1, 19), (1, 28)));
}
