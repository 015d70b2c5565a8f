using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>Cases mirroring graphql-js 16's VariablesInAllowedPositionRule tests; expected messages and locations come from graphql-js 16.15.</summary>
public sealed class VariablesInAllowedPositionRuleTests
{
    [Fact]
    public void Boolean_into_Boolean_is_valid() =>
        ValidationAssert.Valid<VariablesInAllowedPositionRule>(
            """
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
              }
            }
            """);

    [Fact]
    public void Boolean_into_Boolean_within_fragment_is_valid() =>
        ValidationAssert.Valid<VariablesInAllowedPositionRule>(
            """
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $booleanArg)
            }
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            """);

    [Fact]
    public void NonNull_Boolean_into_Boolean_is_valid() =>
        ValidationAssert.Valid<VariablesInAllowedPositionRule>(
            """
            query Query($nonNullBooleanArg: Boolean!)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $nonNullBooleanArg)
              }
            }
            """);

    [Fact]
    public void String_list_into_String_list_is_valid() =>
        ValidationAssert.Valid<VariablesInAllowedPositionRule>(
            """
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """);

    [Fact]
    public void NonNull_String_list_into_String_list_is_valid() =>
        ValidationAssert.Valid<VariablesInAllowedPositionRule>(
            """
            query Query($stringListVar: [String!])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """);

    [Fact]
    public void String_into_String_list_in_item_position_is_valid() =>
        ValidationAssert.Valid<VariablesInAllowedPositionRule>(
            """
            query Query($stringVar: String)
            {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
              }
            }
            """);

    [Fact]
    public void ComplexInput_into_ComplexInput_in_field_position_is_valid() =>
        ValidationAssert.Valid<VariablesInAllowedPositionRule>(
            """
            query Query($boolVar: Boolean = false)
            {
              complicatedArgs {
                complexArgField(complexArg: {requiredArg: $boolVar})
              }
            }
            """);

    [Fact]
    public void Nullable_Boolean_with_default_into_NonNull_directive_argument_is_valid() =>
        ValidationAssert.Valid<VariablesInAllowedPositionRule>(
            """
            query Query($boolVar: Boolean = false)
            {
              dog @include(if: $boolVar)
            }
            """);

    [Fact]
    public void Int_into_NonNull_Int_is_reported() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Query($intArg: Int) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """,
            ValidationAssert.Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Int_into_NonNull_Int_within_nested_fragments_is_reported() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            fragment outerFrag on ComplicatedArgs {
              ...nonNullIntArgFieldFrag
            }
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }
            query Query($intArg: Int) {
              complicatedArgs {
                ...outerFrag
              }
            }
            """,
            ValidationAssert.Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (7, 13), (5, 37)));

    [Fact]
    public void String_into_Boolean_is_reported() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Query($stringVar: String) {
              complicatedArgs {
                booleanArgField(booleanArg: $stringVar)
              }
            }
            """,
            ValidationAssert.Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13), (3, 33)));

    [Fact]
    public void String_into_String_list_is_reported() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Query($stringVar: String) {
              complicatedArgs {
                stringListArgField(stringListArg: $stringVar)
              }
            }
            """,
            ValidationAssert.Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (3, 39)));

    [Fact]
    public void Boolean_into_NonNull_directive_argument_is_reported() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Query($boolVar: Boolean) {
              dog @include(if: $boolVar)
            }
            """,
            ValidationAssert.Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));

    [Fact]
    public void String_into_NonNull_directive_argument_is_reported() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Query($stringVar: String) {
              dog @include(if: $stringVar)
            }
            """,
            ValidationAssert.Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));

    [Fact]
    public void String_list_into_NonNull_String_list_is_reported() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: $stringListVar)
              }
            }
            """,
            ValidationAssert.Error("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 13), (4, 53)));

    [Fact]
    public void Int_into_NonNull_Int_fails_when_the_variable_default_is_null() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Query($intVar: Int = null) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """,
            ValidationAssert.Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Int_into_NonNull_Int_is_allowed_when_the_variable_has_a_default() =>
        ValidationAssert.Valid<VariablesInAllowedPositionRule>(
            """
            query Query($intVar: Int = 1) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """);

    [Fact]
    public void Int_into_NonNull_Int_is_allowed_when_the_argument_has_a_default() =>
        ValidationAssert.Valid<VariablesInAllowedPositionRule>(
            """
            query Query($intVar: Int) {
              complicatedArgs {
                nonNullFieldWithDefault(arg: $intVar)
              }
            }
            """);

    [Fact]
    public void Boolean_with_default_into_NonNull_Boolean_input_field_with_default_is_valid() =>
        ValidationAssert.Valid<VariablesInAllowedPositionRule>(
            """
            query Query($boolVar: Boolean) {
              complicatedArgs {
                complexArgField(complexArg: {requiredField: true, nonNullField: $boolVar})
              }
            }
            """);

    [Fact]
    public void Nullable_variable_in_OneOf_field_is_reported() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Query($string: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """,
            ValidationAssert.Error("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 13), (3, 44)));

    [Fact]
    public void NonNull_variable_in_OneOf_field_is_valid() =>
        ValidationAssert.Valid<VariablesInAllowedPositionRule>(
            """
            query Query($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """);

    [Fact]
    public void Nullable_variable_in_OneOf_field_of_a_later_fragment_is_reported() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Query($string: String) {
              complicatedArgs {
                ...OneOf
              }
            }
            fragment OneOf on ComplicatedArgs {
              oneOfArgField(oneOfArg: { stringField: $string })
            }
            """,
            ValidationAssert.Error("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 13), (7, 42)));

    [Fact]
    public void Nullable_variable_in_field_of_non_null_OneOf_argument_is_reported() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Q($id: ID) {
              product(lookup: { id: $id })
            }
            """,
            OneOfSchema,
            ValidationAssert.Error("Variable \"$id\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"Lookup\".", (1, 9), (2, 25)));

    [Fact]
    public void Nullable_variable_in_OneOf_list_item_field_is_reported() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Q($sku: String) {
              products(lookups: [{ id: "1" }, { sku: $sku }])
            }
            """,
            OneOfSchema,
            ValidationAssert.Error("Variable \"$sku\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"Lookup\".", (1, 9), (2, 42)));

    [Fact]
    public void Nullable_variable_as_a_whole_OneOf_list_item_is_not_a_OneOf_field() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Q($lookup: Lookup) {
              products(lookups: [$lookup])
            }
            """,
            OneOfSchema,
            ValidationAssert.Error("Variable \"$lookup\" of type \"Lookup\" used in position expecting type \"Lookup!\".", (1, 9), (2, 22)));

    // Spec 5.8.5 IsVariableUsageAllowed: a non-null default on the variable stands in for null in any
    // non-null position, a OneOf field included.
    [Fact]
    public void Nullable_variable_with_non_null_default_in_OneOf_field_is_valid() =>
        ValidationAssert.Valid<VariablesInAllowedPositionRule>(
            """
            query Q($id: ID = "1") {
              product(lookup: { id: $id })
            }
            """,
            OneOfSchema);

    [Fact]
    public void Nullable_variable_with_null_default_in_OneOf_field_is_reported() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Q($id: ID = null) {
              product(lookup: { id: $id })
            }
            """,
            OneOfSchema,
            ValidationAssert.Error("Variable \"$id\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"Lookup\".", (1, 9), (2, 25)));

    [Fact]
    public void Object_variable_into_interface_position_is_checked_against_possible_types() =>
        ValidationAssert.Errors<VariablesInAllowedPositionRule>(
            """
            query Query($dog: Dog) {
              complicatedArgs {
                intArgField(intArg: $dog)
              }
            }
            """,
            ValidationAssert.Error("Variable \"$dog\" of type \"Dog\" used in position expecting type \"Int\".", (1, 13), (3, 25)));

    private static Schema OneOfSchema { get; } = SchemaBuilder.FromSdl(
        """
        input Lookup @oneOf { id: ID, sku: String }
        type Query {
          product(lookup: Lookup!): String
          products(lookups: [Lookup!]): String
        }
        """);
}
