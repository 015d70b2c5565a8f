using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>Cases mirroring graphql-js 16's VariablesAreInputTypesRule tests; expected messages and locations come from graphql-js 16.15.</summary>
public sealed class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void Unknown_types_are_left_to_known_type_names() =>
        ValidationAssert.Valid<VariablesAreInputTypesRule>(
            """
            query Foo($a: Unknown, $b: [[Unknown!]]!) {
              field(a: $a, b: $b)
            }
            """);

    [Fact]
    public void Input_types_are_valid() =>
        ValidationAssert.Valid<VariablesAreInputTypesRule>(
            """
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
              field(a: $a, b: $b, c: $c)
            }
            """);

    [Fact]
    public void Output_types_are_invalid() =>
        ValidationAssert.Errors<VariablesAreInputTypesRule>(
            """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            ValidationAssert.Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
            ValidationAssert.Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
            ValidationAssert.Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
}
