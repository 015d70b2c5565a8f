using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>Cases mirroring graphql-js 16's UniqueInputFieldNamesRule tests; expected messages and locations come from graphql-js 16.15.</summary>
public sealed class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void Input_object_with_fields_is_valid() =>
        ValidationAssert.Valid<UniqueInputFieldNamesRule>(
            """
            {
              field(arg: { f: true })
            }
            """);

    [Fact]
    public void Same_input_object_within_two_args_is_valid() =>
        ValidationAssert.Valid<UniqueInputFieldNamesRule>(
            """
            {
              field(arg1: { f: true }, arg2: { f: true })
            }
            """);

    [Fact]
    public void Multiple_input_object_fields_are_valid() =>
        ValidationAssert.Valid<UniqueInputFieldNamesRule>(
            """
            {
              field(arg: { f1: "value", f2: "value", f3: "value" })
            }
            """);

    [Fact]
    public void Nested_input_objects_with_similar_fields_are_valid() =>
        ValidationAssert.Valid<UniqueInputFieldNamesRule>(
            """
            {
              field(arg: {
                deep: {
                  deep: {
                    id: 1
                  }
                  id: 1
                }
                id: 1
              })
            }
            """);

    [Fact]
    public void Duplicate_input_object_fields_are_reported() =>
        ValidationAssert.Errors<UniqueInputFieldNamesRule>(
            """
            {
              field(arg: { f1: "value", f1: "value" })
            }
            """,
            ValidationAssert.Error("There can be only one input field named \"f1\".", (2, 16), (2, 29)));

    [Fact]
    public void Many_duplicate_input_object_fields_are_each_reported_against_the_first() =>
        ValidationAssert.Errors<UniqueInputFieldNamesRule>(
            """
            {
              field(arg: { f1: "value", f1: "value", f1: "value" })
            }
            """,
            ValidationAssert.Error("There can be only one input field named \"f1\".", (2, 16), (2, 29)),
            ValidationAssert.Error("There can be only one input field named \"f1\".", (2, 16), (2, 42)));

    [Fact]
    public void Nested_duplicate_input_object_fields_are_reported() =>
        ValidationAssert.Errors<UniqueInputFieldNamesRule>(
            """
            {
              field(arg: { f1: {f2: "value", f2: "value" }})
            }
            """,
            ValidationAssert.Error("There can be only one input field named \"f2\".", (2, 21), (2, 34)));

    [Fact]
    public void Duplicates_in_a_large_object_are_reported() =>
        ValidationAssert.Errors<UniqueInputFieldNamesRule>(
            """
            {
              field(arg: { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, a: 10, j: 11, b: 12 })
            }
            """,
            ValidationAssert.Error("There can be only one input field named \"a\".", (2, 16), (2, 70)),
            ValidationAssert.Error("There can be only one input field named \"b\".", (2, 22), (2, 84)));
}
