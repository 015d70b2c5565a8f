using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>Cases mirroring graphql-js 16's KnownDirectivesRule tests; expected messages and locations come from graphql-js 16.15.</summary>
public sealed class KnownDirectivesRuleTests
{
    [Fact]
    public void No_directives_is_valid() =>
        ValidationAssert.Valid<KnownDirectivesRule>(
            """
            query Foo {
              name
              ...Frag
            }
            fragment Frag on Dog {
              name
            }
            """);

    [Fact]
    public void Known_directives_are_valid() =>
        ValidationAssert.Valid<KnownDirectivesRule>(
            """
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
            }
            """);

    [Fact]
    public void Unknown_directive_is_reported() =>
        ValidationAssert.Errors<KnownDirectivesRule>(
            """
            {
              dog @unknown(directive: "value") {
                name
              }
            }
            """,
            ValidationAssert.Error("Unknown directive \"@unknown\".", (2, 7)));

    [Fact]
    public void Many_unknown_directives_are_reported() =>
        ValidationAssert.Errors<KnownDirectivesRule>(
            """
            {
              __typename @unknown
            }
            {
              dog @unknown {
                name
              }
            }
            {
              human @unknown {
                pets @unknown {
                  name
                }
              }
            }
            """,
            ValidationAssert.Error("Unknown directive \"@unknown\".", (2, 14)),
            ValidationAssert.Error("Unknown directive \"@unknown\".", (5, 7)),
            ValidationAssert.Error("Unknown directive \"@unknown\".", (10, 9)),
            ValidationAssert.Error("Unknown directive \"@unknown\".", (11, 10)));

    [Fact]
    public void Well_placed_directives_are_valid() =>
        ValidationAssert.Valid<KnownDirectivesRule>(
            """
            query ($var: Boolean @onVariableDefinition) @onQuery {
              name @include(if: $var)
              ...Frag @include(if: true)
              skippedField @skip(if: true)
              ...SkippedFrag @skip(if: true)
              ... @skip(if: true) {
                skippedField
              }
            }
            mutation @onMutation {
              someField
            }
            subscription @onSubscription {
              someField
            }
            fragment Frag on SomeType @onFragmentDefinition {
              someField
            }
            """, DirectiveTestSchema.Instance);

    [Fact]
    public void Misplaced_directives_are_reported_with_the_location_used() =>
        ValidationAssert.Errors<KnownDirectivesRule>(
            """
            query ($var: Boolean @onQuery) @onMutation {
              name @onQuery @include(if: $var)
              ...Frag @onQuery
              ... @onFragmentSpread {
                someField
              }
            }
            mutation @onQuery {
              someField @onFragmentDefinition
            }
            subscription @onQuery {
              someField
            }
            fragment Frag on SomeType @onInlineFragment {
              someField @onVariableDefinition
            }
            """, DirectiveTestSchema.Instance,
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 22)),
            ValidationAssert.Error("Directive \"@onMutation\" may not be used on QUERY.", (1, 32)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on FIELD.", (2, 8)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 11)),
            ValidationAssert.Error("Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT.", (4, 7)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on MUTATION.", (8, 10)),
            ValidationAssert.Error("Directive \"@onFragmentDefinition\" may not be used on FIELD.", (9, 13)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (11, 14)),
            ValidationAssert.Error("Directive \"@onInlineFragment\" may not be used on FRAGMENT_DEFINITION.", (14, 27)),
            ValidationAssert.Error("Directive \"@onVariableDefinition\" may not be used on FIELD.", (15, 13)));

    [Fact]
    public void Directives_defined_in_the_document_are_known() =>
        ValidationAssert.Valid<KnownDirectivesRule>(
            """
            {
              dog @docDirective {
                name
              }
            }
            directive @docDirective on FIELD
            """);

    // graphql-js walks type-system definitions in an executable document, so their directives are checked
    // against type-system locations (the definitions themselves are ExecutableDefinitionsRule's to report).
    [Fact]
    public void Directives_in_type_system_definitions_are_checked_against_their_locations() =>
        ValidationAssert.Errors<KnownDirectivesRule>(
            """
            schema @onQuery { query: Query }
            extend schema @onQuery
            scalar S @onQuery
            extend scalar S @onQuery
            type T @onQuery { f(a: Int @onQuery): String @onQuery }
            extend type T @onQuery
            interface I @onQuery { f: String }
            extend interface I @onQuery
            union U @onQuery = T
            extend union U @onQuery
            enum E @onQuery { A @onQuery }
            extend enum E @onQuery
            input In @onQuery { a: Int @onQuery }
            extend input In @onQuery
            directive @d(a: Int @onQuery) on FIELD
            """,
            TypeSystemTestSchema.Instance,
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on SCHEMA.", (1, 8)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on SCHEMA.", (2, 15)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on SCALAR.", (3, 10)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on SCALAR.", (4, 17)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on OBJECT.", (5, 8)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on ARGUMENT_DEFINITION.", (5, 28)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on FIELD_DEFINITION.", (5, 46)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on OBJECT.", (6, 15)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on INTERFACE.", (7, 13)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on INTERFACE.", (8, 20)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on UNION.", (9, 9)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on UNION.", (10, 16)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on ENUM.", (11, 8)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on ENUM_VALUE.", (11, 21)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on ENUM.", (12, 15)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on INPUT_OBJECT.", (13, 10)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on INPUT_FIELD_DEFINITION.", (13, 28)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on INPUT_OBJECT.", (14, 17)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on ARGUMENT_DEFINITION.", (15, 21)));

    // graphql-js 16 takes them for ARGUMENT_DEFINITION; Spec 3.10.1 makes them input fields.
    [Fact]
    public void Fields_of_an_input_object_extension_are_input_field_definitions() =>
        ValidationAssert.Valid<KnownDirectivesRule>(
            """
            directive @onInputField on INPUT_FIELD_DEFINITION
            extend input In { a: Int @onInputField }
            """,
            TypeSystemTestSchema.Instance);

    [Fact]
    public void Directives_on_type_system_definitions_are_checked() =>
        ValidationAssert.Errors<KnownDirectivesRule>(
            """
            { dog { name } }
            extend schema @onQuery
            type T @onField {
              f(a: Int @unknown): String @onQuery
            }
            enum E @onQuery { A @onField }
            input I @onQuery { a: Int @onField }
            """, DirectiveTestSchema.Instance,
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on SCHEMA.", (2, 15)),
            ValidationAssert.Error("Directive \"@onField\" may not be used on OBJECT.", (3, 8)),
            ValidationAssert.Error("Unknown directive \"@unknown\".", (4, 12)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on FIELD_DEFINITION.", (4, 30)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on ENUM.", (6, 8)),
            ValidationAssert.Error("Directive \"@onField\" may not be used on ENUM_VALUE.", (6, 21)),
            ValidationAssert.Error("Directive \"@onQuery\" may not be used on INPUT_OBJECT.", (7, 9)),
            ValidationAssert.Error("Directive \"@onField\" may not be used on INPUT_FIELD_DEFINITION.", (7, 27)));
}
