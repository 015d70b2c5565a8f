using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>Cases mirroring graphql-js 16's OverlappingFieldsCanBeMergedRule tests; expected messages and locations come from graphql-js 16.15.</summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    [Fact]
    public void Unique_fields_are_valid() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            fragment uniqueFields on Dog {
              name
              nickname
            }
            """);

    [Fact]
    public void Identical_fields_are_valid() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            fragment mergeIdenticalFields on Dog {
              name
              name
            }
            """);

    [Fact]
    public void Identical_fields_with_identical_args_are_valid() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }
            """);

    [Fact]
    public void Identical_fields_with_identical_directives_are_valid() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            fragment mergeSameFieldsWithSameDirectives on Dog {
              name @include(if: true)
              name @include(if: true)
            }
            """);

    [Fact]
    public void Different_args_with_different_aliases_are_valid() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            fragment differentArgsWithDifferentAliases on Dog {
              knowsSit: doesKnowCommand(dogCommand: SIT)
              knowsDown: doesKnowCommand(dogCommand: DOWN)
            }
            """);

    [Fact]
    public void Different_directives_with_different_aliases_are_valid() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            fragment differentDirectivesWithDifferentAliases on Dog {
              nameIfTrue: name @include(if: true)
              nameIfFalse: name @include(if: false)
            }
            """);

    [Fact]
    public void Different_skip_or_include_directives_are_accepted() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            fragment differentDirectivesWithDifferentAliases on Dog {
              name @include(if: true)
              name @include(if: false)
            }
            """);

    [Fact]
    public void Same_aliases_with_different_field_targets_are_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """,
            ValidationAssert.Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Same_aliases_allowed_on_non_overlapping_fields() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            fragment sameAliasesWithDifferentFieldTargets on Pet {
              ... on Dog {
                name
              }
              ... on Cat {
                name: nickname
              }
            }
            """);

    [Fact]
    public void Alias_masking_direct_field_access_is_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """,
            ValidationAssert.Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Different_args_second_adds_an_argument_is_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            ValidationAssert.Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Different_args_second_missing_an_argument_is_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """,
            ValidationAssert.Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Conflicting_arg_values_are_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            ValidationAssert.Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Conflicting_arg_names_are_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            fragment conflictingArgs on Dog {
              isAtLocation(x: 0)
              isAtLocation(y: 0)
            }
            """,
            ValidationAssert.Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Same_args_in_different_order_are_valid() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            fragment sameArgs on Dog {
              isAtLocation(x: 0, y: 1)
              isAtLocation(y: 1, x: 0)
            }
            """);

    [Fact]
    public void Int_and_float_literals_of_one_number_are_different_args() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            fragment differentLiterals on Dog {
              isAtLocation(x: 1)
              isAtLocation(x: 1.0)
            }
            """,
            ValidationAssert.Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Object_args_with_fields_in_different_order_are_the_same() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, intField: 1 })
                complexArgField(complexArg: { intField: 1, requiredField: true })
              }
            }
            """);

    [Fact]
    public void String_and_block_string_args_differ() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """"
            {
              complicatedArgs {
                stringArgField(stringArg: "a")
                stringArgField(stringArg: """a""")
              }
            }
            """",
            ValidationAssert.Error("Fields \"stringArgField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)));

    [Fact]
    public void Variable_args_differ_by_name() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            query ($a: Int, $b: Int) {
              dog {
                isAtLocation(x: $a)
                isAtLocation(x: $b)
              }
            }
            """,
            ValidationAssert.Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)));

    [Fact]
    public void Different_args_on_non_overlapping_parents_are_valid() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            fragment conflictingArgs on Pet {
              ... on Dog {
                name(surname: true)
              }
              ... on Cat {
                name
              }
            }
            """);

    [Fact]
    public void Unknown_fields_with_different_names_are_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              dog {
                x: a
                x: b
              }
            }
            """,
            ValidationAssert.Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)));

    [Fact]
    public void Conflicts_through_fragments_are_reported_at_the_selection() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              ...A
              ...B
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """,
            ValidationAssert.Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 3), (9, 3)));

    [Fact]
    public void Conflicts_between_fields_and_nested_fragments_are_reported_once() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              f1 {
                ...A
                ...B
              }
              f2 {
                ...B
                ...A
              }
              f3 {
                ...A
                ...B
                x: c
              }
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """,
            ValidationAssert.Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (17, 3), (20, 3)),
            ValidationAssert.Error("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (17, 3)),
            ValidationAssert.Error("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (20, 3)));

    [Fact]
    public void Deep_conflict_is_reported_with_every_location() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              field {
                x: a
              },
              field {
                x: b
              }
            }
            """,
            ValidationAssert.Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (5, 3), (6, 5)));

    [Fact]
    public void Deep_conflict_with_multiple_issues_is_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              field {
                x: a
                y: c
              },
              field {
                x: b
                y: d
              }
            }
            """,
            ValidationAssert.Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)));

    [Fact]
    public void Very_deep_conflict_is_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              field {
                deepField {
                  x: a
                }
              },
              field {
                deepField {
                  x: b
                }
              }
            }
            """,
            ValidationAssert.Error("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)));

    [Fact]
    public void Deep_conflict_to_nearest_common_ancestor_is_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              field {
                deepField {
                  x: a
                }
                deepField {
                  x: b
                }
              },
              field {
                deepField {
                  y
                }
              }
            }
            """,
            ValidationAssert.Error("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 7), (6, 5), (7, 7)));

    [Fact]
    public void Deep_conflict_in_fragments_is_reported_to_nearest_common_ancestor() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              field {
                ...F
              }
              field {
                ...F
              }
            }
            fragment F on T {
              deepField {
                deeperField {
                  x: a
                }
                deeperField {
                  x: b
                }
              },
              deepField {
                deeperField {
                  y
                }
              }
            }
            """,
            ValidationAssert.Error("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 5), (12, 7), (14, 5), (15, 7)));

    [Fact]
    public void Deep_conflict_in_nested_fragments_is_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              field {
                ...F
              }
              field {
                ...I
              }
            }
            fragment F on T {
              x: a
              ...G
            }
            fragment G on T {
              y: c
            }
            fragment I on T {
              y: d
              ...J
            }
            fragment J on T {
              x: b
            }
            """,
            ValidationAssert.Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (10, 3), (14, 3), (5, 3), (21, 3), (17, 3)));

    [Fact]
    public void Ignores_unknown_fragments() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            {
              field
              ...Unknown
              ...Known
            }
            fragment Known on T {
              field
              ...OtherUnknown
            }
            """);

    [Fact]
    public void Conflicting_return_types_that_differ_are_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              dog {
                name: barkVolume
              }
              dog {
                name
              }
            }
            """,
            ValidationAssert.Error("Fields \"dog\" conflict because subfields \"name\" conflict because \"barkVolume\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (5, 3), (6, 5)));

    [Fact]
    public void Interface_and_object_fields_with_different_types_on_different_objects_are_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              catOrDog {
                ... on Dog {
                  x: barkVolume
                }
                ... on Cat {
                  x: name
                }
              }
            }
            """,
            ValidationAssert.Error("Fields \"x\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));

    [Fact]
    public void Same_type_fields_on_different_objects_are_valid() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            {
              catOrDog {
                ... on Dog {
                  x: name
                }
                ... on Cat {
                  x: nickname
                }
              }
            }
            """);

    [Fact]
    public void Non_null_and_nullable_types_conflict_on_different_objects() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              human {
                relatives { name }
              }
              human {
                relatives: pets { name }
              }
            }
            """,
            ValidationAssert.Error("Fields \"human\" conflict because subfields \"relatives\" conflict because \"relatives\" and \"pets\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (5, 3), (6, 5)));

    [Fact]
    public void Conflict_inside_an_inline_fragment_is_reported_once_at_the_enclosing_selection() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              dog {
                ... on Dog {
                  x: name
                  x: nickname
                }
              }
            }
            """,
            ValidationAssert.Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (5, 7)));

    [Fact]
    public void Typename_merges_by_name() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              dog {
                __typename
                __typename
                t: __typename
                t: name
              }
            }
            """,
            ValidationAssert.Error("Fields \"t\" conflict because \"__typename\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 5), (6, 5)));

    [Fact]
    public void Fragment_cycles_do_not_loop() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            {
              ...A
            }
            fragment A on Human {
              name
              ...B
              relatives { ...A }
            }
            fragment B on Human {
              name
              ...A
            }
            """);

    [Fact]
    public void Mutually_recursive_fragments_with_conflicts_are_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              dog {
                ...A
              }
            }
            fragment A on Dog {
              x: name
              ...B
            }
            fragment B on Dog {
              x: nickname
              ...A
            }
            """,
            ValidationAssert.Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (7, 3), (11, 3)),
            ValidationAssert.Error("Fields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 3), (7, 3)));

    [Fact]
    public void Fields_and_fragments_compared_under_exclusive_parents_are_compared_again_when_not_exclusive() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              catOrDog {
                ... on Dog { mother { ...F } }
                ... on Cat { mother: name }
              }
              dog {
                mother { x: name }
                mother { ...F }
              }
            }
            fragment F on Dog {
              x: nickname
            }
            """,
            ValidationAssert.Error("Fields \"mother\" conflict because they return conflicting types \"Dog\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (3, 18), (4, 18)),
            ValidationAssert.Error("Fields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (7, 5), (7, 14), (8, 5), (12, 3)));

    [Fact]
    public void Conflicting_return_types_which_potentially_overlap_are_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              someBox {
                ...on IntBox {
                  scalar
                }
                ...on NonNullStringBox1 {
                  scalar
                }
              }
            }
            """, BoxTestSchema.Instance,
            ValidationAssert.Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));

    [Fact]
    public void Compatible_return_shapes_on_different_return_types_are_valid() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            {
              someBox {
                ... on SomeBox {
                  deepBox {
                    unrelatedField
                  }
                }
                ... on StringBox {
                  deepBox {
                    unrelatedField
                  }
                }
              }
            }
            """, BoxTestSchema.Instance);

    [Fact]
    public void Differing_return_types_despite_no_overlap_are_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              someBox {
                ... on IntBox {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """, BoxTestSchema.Instance,
            ValidationAssert.Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));

    [Fact]
    public void A_non_exclusive_comparison_after_an_exclusive_one_is_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              memoed: someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              memoed: someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              other: someBox {
                ...X
              }
              other: someBox {
                ...Y
              }
            }
            fragment X on SomeBox {
              scalar
            }
            fragment Y on SomeBox {
              scalar: unrelatedField
            }
            """, BoxTestSchema.Instance,
            ValidationAssert.Error("Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (30, 3), (38, 3), (33, 3), (41, 3)));

    [Fact]
    public void Differing_return_type_nullability_despite_no_overlap_is_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              someBox {
                ... on NonNullStringBox1 {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """, BoxTestSchema.Instance,
            ValidationAssert.Error("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));

    [Fact]
    public void Differing_return_type_list_despite_no_overlap_is_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              someBox {
                ... on IntBox {
                  box: listStringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    scalar
                  }
                }
              }
            }
            """, BoxTestSchema.Instance,
            ValidationAssert.Error("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (9, 7)));

    [Fact]
    public void Differing_return_type_list_the_other_way_is_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: listStringBox {
                    scalar
                  }
                }
              }
            }
            """, BoxTestSchema.Instance,
            ValidationAssert.Error("Fields \"box\" conflict because they return conflicting types \"StringBox\" and \"[StringBox]\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (9, 7)));

    [Fact]
    public void Differing_subfields_are_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    val: scalar
                    val: unrelatedField
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    val: scalar
                  }
                }
              }
            }
            """, BoxTestSchema.Instance,
            ValidationAssert.Error("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 9), (6, 9)));

    [Fact]
    public void Differing_deep_return_types_despite_no_overlap_are_reported() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: intBox {
                    scalar
                  }
                }
              }
            }
            """, BoxTestSchema.Instance,
            ValidationAssert.Error("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (5, 9), (9, 7), (10, 9)));

    [Fact]
    public void Non_conflicting_overlapping_types_are_valid() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            {
              someBox {
                ... on IntBox {
                  scalar: unrelatedField
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """, BoxTestSchema.Instance);

    [Fact]
    public void Same_wrapped_scalar_return_types_are_valid() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            {
              someBox {
                ...on NonNullStringBox1 {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """, BoxTestSchema.Instance);

    [Fact]
    public void Inline_fragments_without_type_condition_are_valid() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            {
              a
              ... {
                a
              }
            }
            """, BoxTestSchema.Instance);

    [Fact]
    public void Deep_types_including_lists_are_compared() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              connection {
                ...edgeID
                edges {
                  node {
                    id: name
                  }
                }
              }
            }

            fragment edgeID on Connection {
              edges {
                node {
                  id
                }
              }
            }
            """, BoxTestSchema.Instance,
            ValidationAssert.Error("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 7), (6, 9), (13, 3), (14, 5), (15, 7)));

    [Fact]
    public void Unknown_types_are_ignored() =>
        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(
            """
            {
              someBox {
                ...on UnknownType {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """, BoxTestSchema.Instance);

    [Fact]
    public void Many_sibling_fragments_report_the_same_conflicts_in_the_same_order() =>
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              dog {
                ...F0
                ...F1
                ...F2
                ...F3
                ...F4
                ...F5
                ...F6
                ...F7
                ...F8
                ...F9
                ...F10
                ...F11
                x: name
              }
            }
            fragment F0 on Dog { name x: name }
            fragment F1 on Dog { name x: name }
            fragment F2 on Dog { name x: name }
            fragment F3 on Dog { name x: name }
            fragment F4 on Dog { name x: name }
            fragment F5 on Dog { name x: nickname }
            fragment F6 on Dog { barkVolume }
            fragment F7 on Dog { barkVolume: barks ...G }
            fragment F8 on Dog { name @include(if: true) }
            fragment F9 on Dog { name: nickname }
            fragment F10 on Dog { mother { name } }
            fragment F11 on Dog { mother { name: nickname } ...Unknown }
            fragment G on Dog { name: barks }
            """,
            ValidationAssert.Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (18, 27), (23, 27)),
            ValidationAssert.Error("Fields \"name\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (18, 22), (30, 21)),
            ValidationAssert.Error("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (18, 22), (27, 22)),
            ValidationAssert.Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (19, 27), (23, 27)),
            ValidationAssert.Error("Fields \"name\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (19, 22), (30, 21)),
            ValidationAssert.Error("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (19, 22), (27, 22)),
            ValidationAssert.Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (20, 27), (23, 27)),
            ValidationAssert.Error("Fields \"name\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (20, 22), (30, 21)),
            ValidationAssert.Error("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (20, 22), (27, 22)),
            ValidationAssert.Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (21, 27), (23, 27)),
            ValidationAssert.Error("Fields \"name\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (21, 22), (30, 21)),
            ValidationAssert.Error("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (21, 22), (27, 22)),
            ValidationAssert.Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (22, 27), (23, 27)),
            ValidationAssert.Error("Fields \"name\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (22, 22), (30, 21)),
            ValidationAssert.Error("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (22, 22), (27, 22)),
            ValidationAssert.Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (15, 5), (23, 27)),
            ValidationAssert.Error("Fields \"name\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (23, 22), (30, 21)),
            ValidationAssert.Error("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (23, 22), (27, 22)),
            ValidationAssert.Error("Fields \"barkVolume\" conflict because \"barkVolume\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (24, 22), (25, 22)),
            ValidationAssert.Error("Fields \"name\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (30, 21), (26, 22)),
            ValidationAssert.Error("Fields \"name\" conflict because \"barks\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (30, 21), (27, 22)),
            ValidationAssert.Error("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (26, 22), (27, 22)),
            ValidationAssert.Error("Fields \"mother\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (28, 23), (28, 32), (29, 23), (29, 32)));
}
