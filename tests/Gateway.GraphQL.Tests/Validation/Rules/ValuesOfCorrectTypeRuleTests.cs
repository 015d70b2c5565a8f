using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>Cases mirroring graphql-js 16's ValuesOfCorrectTypeRule tests; expected messages and locations come from graphql-js 16.15.</summary>
public sealed class ValuesOfCorrectTypeRuleTests
{
    [Fact]
    public void Good_int_value_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                intArgField(intArg: 2)
              }
            }
            """);

    [Fact]
    public void Good_negative_int_value_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                intArgField(intArg: -2)
              }
            }
            """);

    [Fact]
    public void Good_boolean_value_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: true)
              }
            }
            """);

    [Fact]
    public void Good_string_value_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                stringArgField(stringArg: "foo")
              }
            }
            """);

    [Fact]
    public void Good_float_value_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                floatArgField(floatArg: 1.1)
              }
            }
            """);

    [Fact]
    public void Int_into_Float_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                floatArgField(floatArg: 1)
              }
            }
            """);

    [Fact]
    public void Int_into_ID_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                idArgField(idArg: 1)
              }
            }
            """);

    [Fact]
    public void String_into_ID_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                idArgField(idArg: "someIdString")
              }
            }
            """);

    [Fact]
    public void Good_enum_value_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                enumArgField(enumArg: SPOTTED)
              }
            }
            """);

    [Fact]
    public void Null_into_nullable_type_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                intArgField(intArg: null)
              }
            }
            """);

    [Fact]
    public void Int_into_String_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                stringArgField(stringArg: 1)
              }
            }
            """,
            ValidationAssert.Error("String cannot represent a non string value: 1", (3, 31)));

    [Fact]
    public void Float_into_String_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                stringArgField(stringArg: 1.0)
              }
            }
            """,
            ValidationAssert.Error("String cannot represent a non string value: 1.0", (3, 31)));

    [Fact]
    public void Boolean_into_String_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                stringArgField(stringArg: true)
              }
            }
            """,
            ValidationAssert.Error("String cannot represent a non string value: true", (3, 31)));

    [Fact]
    public void Unquoted_string_into_String_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                stringArgField(stringArg: BAR)
              }
            }
            """,
            ValidationAssert.Error("String cannot represent a non string value: BAR", (3, 31)));

    [Fact]
    public void String_into_Int_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                intArgField(intArg: "3")
              }
            }
            """,
            ValidationAssert.Error("Int cannot represent non-integer value: \"3\"", (3, 25)));

    [Fact]
    public void Big_int_into_Int_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                intArgField(intArg: 829384293849283498239482938)
              }
            }
            """,
            ValidationAssert.Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (3, 25)));

    [Fact]
    public void Unquoted_string_into_Int_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                intArgField(intArg: FOO)
              }
            }
            """,
            ValidationAssert.Error("Int cannot represent non-integer value: FOO", (3, 25)));

    [Fact]
    public void Simple_float_into_Int_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                intArgField(intArg: 3.0)
              }
            }
            """,
            ValidationAssert.Error("Int cannot represent non-integer value: 3.0", (3, 25)));

    [Fact]
    public void Float_into_Int_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                intArgField(intArg: 3.333)
              }
            }
            """,
            ValidationAssert.Error("Int cannot represent non-integer value: 3.333", (3, 25)));

    [Fact]
    public void String_into_Float_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                floatArgField(floatArg: "3.333")
              }
            }
            """,
            ValidationAssert.Error("Float cannot represent non numeric value: \"3.333\"", (3, 29)));

    [Fact]
    public void Boolean_into_Float_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                floatArgField(floatArg: true)
              }
            }
            """,
            ValidationAssert.Error("Float cannot represent non numeric value: true", (3, 29)));

    [Fact]
    public void Unquoted_into_Float_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                floatArgField(floatArg: FOO)
              }
            }
            """,
            ValidationAssert.Error("Float cannot represent non numeric value: FOO", (3, 29)));

    [Fact]
    public void Int_into_Boolean_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: 2)
              }
            }
            """,
            ValidationAssert.Error("Boolean cannot represent a non boolean value: 2", (3, 33)));

    [Fact]
    public void Float_into_Boolean_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: 1.0)
              }
            }
            """,
            ValidationAssert.Error("Boolean cannot represent a non boolean value: 1.0", (3, 33)));

    [Fact]
    public void String_into_Boolean_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: "true")
              }
            }
            """,
            ValidationAssert.Error("Boolean cannot represent a non boolean value: \"true\"", (3, 33)));

    [Fact]
    public void Unquoted_into_Boolean_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                booleanArgField(booleanArg: TRUE)
              }
            }
            """,
            ValidationAssert.Error("Boolean cannot represent a non boolean value: TRUE", (3, 33)));

    [Fact]
    public void Float_into_ID_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                idArgField(idArg: 1.0)
              }
            }
            """,
            ValidationAssert.Error("ID cannot represent a non-string and non-integer value: 1.0", (3, 23)));

    [Fact]
    public void Boolean_into_ID_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                idArgField(idArg: true)
              }
            }
            """,
            ValidationAssert.Error("ID cannot represent a non-string and non-integer value: true", (3, 23)));

    [Fact]
    public void Unquoted_into_ID_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                idArgField(idArg: SOMETHING)
              }
            }
            """,
            ValidationAssert.Error("ID cannot represent a non-string and non-integer value: SOMETHING", (3, 23)));

    [Fact]
    public void Int_into_enum_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                enumArgField(enumArg: 2)
              }
            }
            """,
            ValidationAssert.Error("Enum \"FurColor\" cannot represent non-enum value: 2.", (3, 27)));

    [Fact]
    public void Float_into_enum_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                enumArgField(enumArg: 1.0)
              }
            }
            """,
            ValidationAssert.Error("Enum \"FurColor\" cannot represent non-enum value: 1.0.", (3, 27)));

    [Fact]
    public void String_into_enum_is_reported_with_suggestion() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                enumArgField(enumArg: "SPOTTED")
              }
            }
            """,
            ValidationAssert.Error("Enum \"FurColor\" cannot represent non-enum value: \"SPOTTED\". Did you mean the enum value \"SPOTTED\"?", (3, 27)));

    [Fact]
    public void Boolean_into_enum_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                enumArgField(enumArg: true)
              }
            }
            """,
            ValidationAssert.Error("Enum \"FurColor\" cannot represent non-enum value: true.", (3, 27)));

    [Fact]
    public void Unknown_enum_value_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                enumArgField(enumArg: JUGGLE)
              }
            }
            """,
            ValidationAssert.Error("Value \"JUGGLE\" does not exist in \"FurColor\" enum.", (3, 27)));

    [Fact]
    public void Different_case_enum_value_is_reported_with_suggestion() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                enumArgField(enumArg: spotted)
              }
            }
            """,
            ValidationAssert.Error("Value \"spotted\" does not exist in \"FurColor\" enum. Did you mean the enum value \"SPOTTED\"?", (3, 27)));

    [Fact]
    public void Good_list_value_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", null, "two"])
              }
            }
            """);

    [Fact]
    public void Empty_list_value_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: [])
              }
            }
            """);

    [Fact]
    public void Null_list_value_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: null)
              }
            }
            """);

    [Fact]
    public void Single_value_into_list_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: "one")
              }
            }
            """);

    [Fact]
    public void Incorrect_item_type_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", 2])
              }
            }
            """,
            ValidationAssert.Error("String cannot represent a non string value: 2", (3, 47)));

    [Fact]
    public void Single_value_of_incorrect_type_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: 1)
              }
            }
            """,
            ValidationAssert.Error("String cannot represent a non string value: 1", (3, 39)));

    [Fact]
    public void List_into_scalar_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                intArgField(intArg: [1, 2])
              }
            }
            """,
            ValidationAssert.Error("Int cannot represent non-integer value: [1, 2]", (3, 25)));

    [Fact]
    public void Null_into_non_null_list_item_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: ["one", null])
              }
            }
            """,
            ValidationAssert.Error("Expected value of type \"String!\", found null.", (3, 61)));

    [Fact]
    public void Arg_on_optional_arg_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                multipleOpts(opt1: 1)
              }
            }
            """);

    [Fact]
    public void Incorrect_value_and_missing_argument_is_reported_once() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """,
            ValidationAssert.Error("Int cannot represent non-integer value: \"one\"", (3, 24)));

    [Fact]
    public void Null_into_non_null_argument_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                multipleReqs(req1: null)
              }
            }
            """,
            ValidationAssert.Error("Expected value of type \"Int!\", found null.", (3, 24)));

    [Fact]
    public void Optional_arg_despite_required_field_in_type_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                complexArgField
              }
            }
            """);

    [Fact]
    public void Partial_object_only_required_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true })
              }
            }
            """);

    [Fact]
    public void Full_object_with_fields_in_different_order_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", "two"],
                  booleanField: false,
                  requiredField: true,
                  stringField: "foo",
                  intField: 4,
                })
              }
            }
            """);

    [Fact]
    public void Partial_object_missing_required_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { intField: 4 })
              }
            }
            """,
            ValidationAssert.Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 33)));

    [Fact]
    public void Partial_object_invalid_field_type_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", 2],
                  requiredField: true,
                })
              }
            }
            """,
            ValidationAssert.Error("String cannot represent a non string value: 2", (4, 32)));

    [Fact]
    public void Partial_object_null_to_non_null_field_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  nonNullField: null,
                })
              }
            }
            """,
            ValidationAssert.Error("Expected value of type \"Boolean!\", found null.", (5, 21)));

    [Fact]
    public void Partial_object_unknown_field_arg_is_reported_with_suggestion() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  invalidField: "value"
                })
              }
            }
            """,
            ValidationAssert.Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (5, 7)));

    [Fact]
    public void Object_into_scalar_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                intArgField(intArg: { value: 1 })
              }
            }
            """,
            ValidationAssert.Error("Int cannot represent non-integer value: {value: 1}", (3, 25)));

    [Fact]
    public void List_into_input_object_is_reported_once() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                complexArgField(complexArg: [{ requiredField: true }, 1])
              }
            }
            """,
            ValidationAssert.Error("Expected value of type \"ComplexInput\", found [{requiredField: true}, 1].", (3, 33)));

    [Fact]
    public void Exact_OneOf_input_object_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc" })
              }
            }
            """);

    [Fact]
    public void OneOf_input_object_with_variable_is_valid() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $var })
              }
            }
            """);

    [Fact]
    public void OneOf_input_object_with_null_field_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: null })
              }
            }
            """,
            ValidationAssert.Error("Field \"OneOfInput.stringField\" must be non-null.", (3, 29)));

    [Fact]
    public void OneOf_input_object_with_two_fields_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
              }
            }
            """,
            ValidationAssert.Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29)));

    [Fact]
    public void OneOf_input_object_with_no_fields_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: {})
              }
            }
            """,
            ValidationAssert.Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29)));

    [Fact]
    public void OneOf_input_object_with_a_repeated_field_counts_one_key() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { intField: 1, intField: 2 })
              }
            }
            """);

    [Fact]
    public void Directive_arguments_are_checked() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            {
              dog @include(if: "yes") {
                name @skip(if: ENUM)
              }
            }
            """,
            ValidationAssert.Error("Boolean cannot represent a non boolean value: \"yes\"", (2, 20)),
            ValidationAssert.Error("Boolean cannot represent a non boolean value: ENUM", (3, 20)));

    [Fact]
    public void Variable_default_values_are_checked() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            query InvalidDefaultValues(
              $a: Int = "one",
              $b: String = 4,
              $c: ComplexInput = "NotVeryComplex"
            ) {
              dog { name }
            }
            """,
            ValidationAssert.Error("Int cannot represent non-integer value: \"one\"", (2, 13)),
            ValidationAssert.Error("String cannot represent a non string value: 4", (3, 16)),
            ValidationAssert.Error("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (4, 22)));

    [Fact]
    public void Complex_variable_default_values_are_checked() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            query WithInvalidComplexValue(
              $a: ComplexInput = { requiredField: 123, intField: "abc" }
            ) {
              dog { name }
            }
            """,
            ValidationAssert.Error("Boolean cannot represent a non boolean value: 123", (2, 39)),
            ValidationAssert.Error("Int cannot represent non-integer value: \"abc\"", (2, 54)));

    [Fact]
    public void Missing_required_field_in_variable_default_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            query MissingRequiredField($a: ComplexInput = {intField: 3}) {
              dog { name }
            }
            """,
            ValidationAssert.Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 47)));

    [Fact]
    public void Invalid_item_in_list_variable_default_is_reported() =>
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            """
            query InvalidItem($a: [String] = ["one", 2]) {
              dog { name }
            }
            """,
            ValidationAssert.Error("String cannot represent a non string value: 2", (1, 42)));

    [Fact]
    public void Values_in_unknown_arguments_are_not_checked() =>
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>(
            """
            {
              dog {
                isHouseTrained(unknownArg: BAD)
              }
            }
            """);
}
