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
}
