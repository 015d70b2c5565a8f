using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>Cases mirroring graphql-js 16's NoUndefinedVariablesRule tests; expected messages and locations come from graphql-js 16.15.</summary>
public sealed class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void All_variables_defined_by_operation_are_valid() =>
        ValidationAssert.Valid<NoUndefinedVariablesRule>(
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """);

    [Fact]
    public void Variables_used_in_fragments_defined_by_operation_are_valid() =>
        ValidationAssert.Valid<NoUndefinedVariablesRule>(
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
    public void Variable_not_defined_is_reported() =>
        ValidationAssert.Errors<NoUndefinedVariablesRule>(
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """,
            ValidationAssert.Error("Variable \"$d\" is not defined by operation \"Foo\".", (2, 33), (1, 1)));

    [Fact]
    public void Variable_not_defined_by_unnamed_query_is_reported() =>
        ValidationAssert.Errors<NoUndefinedVariablesRule>(
            """
            {
              field(a: $a)
            }
            """,
            ValidationAssert.Error("Variable \"$a\" is not defined.", (2, 12), (1, 1)));

    [Fact]
    public void Multiple_variables_not_defined_are_reported() =>
        ValidationAssert.Errors<NoUndefinedVariablesRule>(
            """
            query Foo($b: String) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            ValidationAssert.Error("Variable \"$a\" is not defined by operation \"Foo\".", (2, 12), (1, 1)),
            ValidationAssert.Error("Variable \"$c\" is not defined by operation \"Foo\".", (2, 26), (1, 1)));

    [Fact]
    public void Variable_in_fragment_not_defined_by_unnamed_query_is_reported() =>
        ValidationAssert.Errors<NoUndefinedVariablesRule>(
            """
            {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """,
            ValidationAssert.Error("Variable \"$a\" is not defined.", (5, 12), (1, 1)));

    [Fact]
    public void Variable_in_fragment_used_by_other_operation_is_reported_per_operation() =>
        ValidationAssert.Errors<NoUndefinedVariablesRule>(
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
            ValidationAssert.Error("Variable \"$a\" is not defined by operation \"Foo\".", (8, 12), (1, 1)),
            ValidationAssert.Error("Variable \"$b\" is not defined by operation \"Bar\".", (11, 12), (4, 1)));

    [Fact]
    public void Multiple_undefined_variables_produce_multiple_errors() =>
        ValidationAssert.Errors<NoUndefinedVariablesRule>(
            """
            query Foo($b: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field1(a: $a, b: $b)
              ...FragC
              field3(a: $a, b: $b)
            }
            fragment FragC on Type {
              field2(c: $c)
            }
            """,
            ValidationAssert.Error("Variable \"$a\" is not defined by operation \"Foo\".", (8, 13), (1, 1)),
            ValidationAssert.Error("Variable \"$a\" is not defined by operation \"Foo\".", (10, 13), (1, 1)),
            ValidationAssert.Error("Variable \"$c\" is not defined by operation \"Foo\".", (13, 13), (1, 1)),
            ValidationAssert.Error("Variable \"$b\" is not defined by operation \"Bar\".", (8, 20), (4, 1)),
            ValidationAssert.Error("Variable \"$b\" is not defined by operation \"Bar\".", (10, 20), (4, 1)),
            ValidationAssert.Error("Variable \"$c\" is not defined by operation \"Bar\".", (13, 13), (4, 1)));
}
