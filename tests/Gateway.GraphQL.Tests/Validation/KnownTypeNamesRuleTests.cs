using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's KnownTypeNamesRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class KnownTypeNamesRuleTests
{
    [Fact]
    public void Known_type_names_are_valid()
    {
        ValidationAssert.Valid<KnownTypeNamesRule>(
            """
            query Foo(
              $var: String
              $required: [Int!]!
            ) {
              user(id: 4) {
                pets { ... on Pet { name }, ...PetFields, ... { name } }
              }
            }

            fragment PetFields on Pet {
              name
            }
            """);
    }

    [Fact]
    public void Unknown_type_names_are_reported_with_suggestions()
    {
        ValidationAssert.Errors<KnownTypeNamesRule>(
            """
            query Foo($var: JumbledUpLetters) {
              user(id: 4) {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """,
            ValidationAssert.Error("Unknown type \"JumbledUpLetters\".", (1, 17)),
            ValidationAssert.Error("Unknown type \"Badger\".", (4, 19)),
            ValidationAssert.Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (7, 23)));
    }

    // Type-system definitions may name the standard scalars and introspection types even when the
    // schema lacks them, as graphql-js allows in SDL.
    [Fact]
    public void Type_references_in_type_system_definitions_are_checked() =>
        ValidationAssert.Errors<KnownTypeNamesRule>(
            """
            type T implements Node & Named { a: Float b: __Type c: Unknown }
            union U = T | Missing
            schema { query: Query2 }
            input In { e: [ID!] f: Strin }
            """,
            Gateway.GraphQL.Tests.Validation.Rules.TypeSystemTestSchema.Instance,
            ValidationAssert.Error("Unknown type \"Node\".", (1, 19)),
            ValidationAssert.Error("Unknown type \"Named\".", (1, 26)),
            ValidationAssert.Error("Unknown type \"Unknown\".", (1, 56)),
            ValidationAssert.Error("Unknown type \"Missing\".", (2, 15)),
            ValidationAssert.Error("Unknown type \"Query2\". Did you mean \"Query\"?", (3, 17)),
            ValidationAssert.Error("Unknown type \"Strin\". Did you mean \"String\" or \"In\"?", (4, 24)));
}
