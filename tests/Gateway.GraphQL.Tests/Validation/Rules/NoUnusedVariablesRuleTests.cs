using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>Cases mirroring graphql-js 16's NoUnusedVariablesRule tests; expected messages and locations come from graphql-js 16.15.</summary>
public sealed class NoUnusedVariablesRuleTests
{
    [Fact]
    public void Uses_all_variables_is_valid() =>
        ValidationAssert.Valid<NoUnusedVariablesRule>(
            """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """);

    [Fact]
    public void Uses_all_variables_in_fragments_is_valid() =>
        ValidationAssert.Valid<NoUnusedVariablesRule>(
            """
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field(c: $c)
            }
            """);

    [Fact]
    public void Variable_not_used_is_reported() =>
        ValidationAssert.Errors<NoUnusedVariablesRule>(
            """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """,
            ValidationAssert.Error("Variable \"$c\" is never used.", (1, 32)));

    [Fact]
    public void Multiple_variables_not_used_are_reported() =>
        ValidationAssert.Errors<NoUnusedVariablesRule>(
            """
            query Foo($a: String, $b: String, $c: String) {
              field(b: $b)
            }
            """,
            ValidationAssert.Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            ValidationAssert.Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));

    [Fact]
    public void Variable_not_used_by_unreferenced_fragment_is_reported() =>
        ValidationAssert.Errors<NoUnusedVariablesRule>(
            """
            query Foo($b: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            ValidationAssert.Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)));

    [Fact]
    public void Variable_used_only_by_another_operations_fragment_is_reported() =>
        ValidationAssert.Errors<NoUnusedVariablesRule>(
            """
            query Foo($b: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            ValidationAssert.Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
            ValidationAssert.Error("Variable \"$a\" is never used in operation \"Bar\".", (4, 11)));
}
