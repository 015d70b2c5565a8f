using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's FieldsOnCorrectTypeRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class FieldsOnCorrectTypeRuleTests
{
    [Fact]
    public void Object_field_selection_is_valid()
    {
        ValidationAssert.Valid<FieldsOnCorrectTypeRule>(
            """
            fragment objectFieldSelection on Dog {
              __typename
              name
            }
            """);
    }

    [Fact]
    public void Aliased_and_interface_fields_are_valid()
    {
        ValidationAssert.Valid<FieldsOnCorrectTypeRule>(
            """
            fragment interfaceFieldSelection on Pet {
              otherName : name
            }
            """);
    }

    [Fact]
    public void Typename_on_union_is_valid()
    {
        ValidationAssert.Valid<FieldsOnCorrectTypeRule>(
            """
            fragment objectFieldSelection on CatOrDog {
              __typename
            }
            """);
    }

    [Fact]
    public void Meta_fields_on_the_query_root_are_valid()
    {
        ValidationAssert.Valid<FieldsOnCorrectTypeRule>(
            """
            query {
              __schema { __typename }
              __type(name: "Dog") { __typename }
              __typename
            }
            """);
    }

    [Fact]
    public void Meta_field_schema_is_unknown_below_the_root()
    {
        ValidationAssert.Errors<FieldsOnCorrectTypeRule>(
            """
            fragment f on Dog {
              __schema { queryType { name } }
            }
            """,
            ValidationAssert.Error("Cannot query field \"__schema\" on type \"Dog\".", (2, 3)));
    }

    [Fact]
    public void Field_not_defined_on_fragment_type_is_reported()
    {
        ValidationAssert.Errors<FieldsOnCorrectTypeRule>(
            """
            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """,
            ValidationAssert.Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));
    }

    [Fact]
    public void Unknown_fields_are_reported_only_at_the_deepest_known_level()
    {
        ValidationAssert.Errors<FieldsOnCorrectTypeRule>(
            """
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """,
            ValidationAssert.Error("Cannot query field \"unknown_field\" on type \"Dog\".", (2, 3)));
    }

    [Fact]
    public void Unknown_subfield_is_reported()
    {
        ValidationAssert.Errors<FieldsOnCorrectTypeRule>(
            """
            fragment subFieldNotDefined on Human {
              pets {
                unknown_field
              }
            }
            """,
            ValidationAssert.Error("Cannot query field \"unknown_field\" on type \"Pet\".", (3, 5)));
    }

    [Fact]
    public void Unknown_field_in_inline_fragment_is_reported()
    {
        ValidationAssert.Errors<FieldsOnCorrectTypeRule>(
            """
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
              }
            }
            """,
            ValidationAssert.Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 5)));
    }

    [Fact]
    public void Aliased_unknown_field_suggests_similar_name()
    {
        ValidationAssert.Errors<FieldsOnCorrectTypeRule>(
            """
            fragment aliasedFieldTargetNotDefined on Dog {
              volume : mooVolume
            }
            """,
            ValidationAssert.Error("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));
    }

    [Fact]
    public void Unknown_field_on_interface_suggests_implementing_types()
    {
        ValidationAssert.Errors<FieldsOnCorrectTypeRule>(
            """
            fragment definedOnImplementorsButNotInterface on Pet {
              nickname
            }
            """,
            ValidationAssert.Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)));
    }

    [Fact]
    public void Field_on_union_is_reported_with_types_to_condition_on()
    {
        ValidationAssert.Errors<FieldsOnCorrectTypeRule>(
            """
            fragment notDefinedOnUnion on CatOrDog {
              name
            }
            """,
            ValidationAssert.Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (2, 3)));
    }

    [Fact]
    public void Field_on_union_without_matching_member_has_no_suggestion()
    {
        ValidationAssert.Errors<FieldsOnCorrectTypeRule>(
            """
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """,
            ValidationAssert.Error("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 3)));
    }

    [Fact]
    public void Interface_field_on_union_suggests_interfaces_first()
    {
        ValidationAssert.Errors<FieldsOnCorrectTypeRule>(
            """
            fragment f on CatOrDog {
              mother
            }
            """,
            ValidationAssert.Error("Cannot query field \"mother\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Mammal\", \"Canine\", or \"Dog\"?", (2, 3)));
    }

    // graphql-js's ordering (most shared first, interfaces before their subtypes, then by name) is not
    // transitive; its answer comes from V8's sort, which the rule reproduces.
    [Fact]
    public void Type_suggestions_on_a_union_come_in_graphql_js_order() =>
        ValidationAssert.Errors<FieldsOnCorrectTypeRule>(
            "{ dogOrHuman { name } }",
            Gateway.GraphQL.Types.SchemaBuilder.FromSdl(
                """
                interface Being { name: String }
                interface Mammal { mother: Mammal }
                interface Pet implements Being { name: String }
                interface Canine implements Mammal & Being { name: String mother: Canine }
                type Dog implements Being & Pet & Mammal & Canine { name: String mother: Dog }
                interface Intelligent { iq: Int }
                type Human implements Being & Intelligent { name: String iq: Int }
                union DogOrHuman = Dog | Human
                type Query { dogOrHuman: DogOrHuman }
                """),
            ValidationAssert.Error(
                "Cannot query field \"name\" on type \"DogOrHuman\". Did you mean to use an inline fragment on \"Being\", \"Canine\", \"Human\", \"Pet\", or \"Dog\"?",
                (1, 16)));
}
