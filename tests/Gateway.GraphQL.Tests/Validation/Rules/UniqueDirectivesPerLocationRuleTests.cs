using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>Cases mirroring graphql-js 16's UniqueDirectivesPerLocationRule tests; expected messages and locations come from graphql-js 16.15.</summary>
public sealed class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void No_directives_is_valid() =>
        ValidationAssert.Valid<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type {
              field
            }
            """);

    [Fact]
    public void Unique_directives_in_different_locations_are_valid() =>
        ValidationAssert.Valid<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type @include(if: true) {
              field @skip(if: true)
            }
            """);

    [Fact]
    public void Same_directives_in_different_locations_are_valid() =>
        ValidationAssert.Valid<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type @include(if: true) {
              field @include(if: true)
            }
            """);

    [Fact]
    public void Same_directives_in_similar_locations_are_valid() =>
        ValidationAssert.Valid<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type {
              field @include(if: true)
              field @include(if: true)
            }
            """);

    [Fact]
    public void Repeatable_directives_in_same_location_are_valid() =>
        ValidationAssert.Valid<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type @repeatable @repeatable {
              field @repeatable @repeatable
            }
            """, DirectiveTestSchema.Instance);

    [Fact]
    public void Unknown_directives_are_not_checked() =>
        ValidationAssert.Valid<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type {
              field @unknown @unknown
            }
            """);

    [Fact]
    public void Duplicate_directives_in_one_location_are_reported() =>
        ValidationAssert.Errors<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type {
              field @include(if: true) @include(if: true)
            }
            """,
            ValidationAssert.Error("The directive \"@include\" can only be used once at this location.", (2, 9), (2, 28)));

    [Fact]
    public void Many_duplicate_directives_in_one_location_are_reported_against_the_first() =>
        ValidationAssert.Errors<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type {
              field @include(if: true) @include(if: true) @include(if: true)
            }
            """,
            ValidationAssert.Error("The directive \"@include\" can only be used once at this location.", (2, 9), (2, 28)),
            ValidationAssert.Error("The directive \"@include\" can only be used once at this location.", (2, 9), (2, 47)));

    [Fact]
    public void Different_duplicate_directives_in_one_location_are_each_reported() =>
        ValidationAssert.Errors<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type {
              field @include(if: true) @skip(if: true) @include(if: true) @skip(if: true)
            }
            """,
            ValidationAssert.Error("The directive \"@include\" can only be used once at this location.", (2, 9), (2, 44)),
            ValidationAssert.Error("The directive \"@skip\" can only be used once at this location.", (2, 28), (2, 63)));

    [Fact]
    public void Duplicate_directives_in_many_locations_are_reported() =>
        ValidationAssert.Errors<UniqueDirectivesPerLocationRule>(
            """
            query ($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery {
              field @skip(if: true) @skip(if: true)
              ...Frag @include(if: true) @include(if: true)
              ... @include(if: true) @include(if: true) { a }
            }
            fragment Frag on Type @onFragmentDefinition @onFragmentDefinition {
              field
            }
            """, DirectiveTestSchema.Instance,
            ValidationAssert.Error("The directive \"@onQuery\" can only be used once at this location.", (1, 61), (1, 70)),
            ValidationAssert.Error("The directive \"@onVariableDefinition\" can only be used once at this location.", (1, 16), (1, 38)),
            ValidationAssert.Error("The directive \"@skip\" can only be used once at this location.", (2, 9), (2, 25)),
            ValidationAssert.Error("The directive \"@include\" can only be used once at this location.", (3, 11), (3, 30)),
            ValidationAssert.Error("The directive \"@include\" can only be used once at this location.", (4, 7), (4, 26)),
            ValidationAssert.Error("The directive \"@onFragmentDefinition\" can only be used once at this location.", (6, 23), (6, 45)));

    [Fact]
    public void Type_system_definitions_and_their_extensions_share_one_location_per_name() =>
        ValidationAssert.Errors<UniqueDirectivesPerLocationRule>(
            """
            type T @onObject { f: String }
            extend type T @onObject
            extend interface T @onObject
            schema @onQuery { query: Query }
            extend schema @onQuery
            type U { f(a: Int @deprecated @deprecated): String @deprecated @deprecated }
            """,
            TypeSystemTestSchema.Instance,
            ValidationAssert.Error("The directive \"@onObject\" can only be used once at this location.", (1, 8), (2, 15)),
            ValidationAssert.Error("The directive \"@onObject\" can only be used once at this location.", (1, 8), (3, 20)),
            ValidationAssert.Error("The directive \"@onQuery\" can only be used once at this location.", (4, 8), (5, 15)),
            ValidationAssert.Error("The directive \"@deprecated\" can only be used once at this location.", (6, 52), (6, 64)),
            ValidationAssert.Error("The directive \"@deprecated\" can only be used once at this location.", (6, 19), (6, 31)));

    [Fact]
    public void Duplicate_directives_on_type_system_definitions_are_reported_across_extensions() =>
        ValidationAssert.Errors<UniqueDirectivesPerLocationRule>(
            """
            { dog { name } }
            schema @onQuery { query: QueryRoot }
            extend schema @onQuery
            type T @onQuery { f(a: Int @onQuery @onQuery): String @onQuery @onQuery }
            extend type T @onQuery
            """, DirectiveTestSchema.Instance,
            ValidationAssert.Error("The directive \"@onQuery\" can only be used once at this location.", (2, 8), (3, 15)),
            ValidationAssert.Error("The directive \"@onQuery\" can only be used once at this location.", (4, 55), (4, 64)),
            ValidationAssert.Error("The directive \"@onQuery\" can only be used once at this location.", (4, 28), (4, 37)),
            ValidationAssert.Error("The directive \"@onQuery\" can only be used once at this location.", (4, 8), (5, 15)));
}
