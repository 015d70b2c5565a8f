using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's KnownArgumentNamesRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class KnownArgumentNamesRuleTests
{
    [Fact]
    public void Known_argument_names_are_valid()
    {
        ValidationAssert.Valid<KnownArgumentNamesRule>(
            """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
              isAtLocation(y: 1, x: 2)
              name @include(if: true)
            }
            """);
    }

    [Fact]
    public void Unknown_directive_is_ignored()
    {
        ValidationAssert.Valid<KnownArgumentNamesRule>(
            """
            {
              dog @unknown(if: true) { name }
            }
            """);
    }

    [Fact]
    public void Unknown_directive_argument_is_reported_with_suggestion()
    {
        ValidationAssert.Errors<KnownArgumentNamesRule>(
            """
            {
              dog @skip(iff: true) {
                name
              }
            }
            """,
            ValidationAssert.Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (2, 13)));
    }

    [Fact]
    public void Unknown_argument_on_unknown_field_is_ignored()
    {
        ValidationAssert.Valid<KnownArgumentNamesRule>(
            """
            fragment f on Dog {
              unknownField(unknownArg: SIT)
            }
            """);
    }

    [Fact]
    public void Unknown_field_argument_is_reported_with_suggestion()
    {
        ValidationAssert.Errors<KnownArgumentNamesRule>(
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(DogCommand: true)
            }
            """,
            ValidationAssert.Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));
    }

    [Fact]
    public void Unknown_field_argument_without_similar_name()
    {
        ValidationAssert.Errors<KnownArgumentNamesRule>(
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(unknown: true)
            }
            """,
            ValidationAssert.Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 19)));
    }

    [Fact]
    public void Unknown_arguments_deep_inside_are_reported()
    {
        ValidationAssert.Errors<KnownArgumentNamesRule>(
            """
            {
              dog {
                doesKnowCommand(unknown: true)
              }
              human {
                pet {
                  ... on Dog {
                    doesKnowCommand(unknown: true)
                  }
                }
              }
            }
            """,
            ValidationAssert.Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 21)),
            ValidationAssert.Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (8, 25)));
    }

    [Fact]
    public void Arguments_in_interface_field_use_the_parent_type_name()
    {
        ValidationAssert.Errors<KnownArgumentNamesRule>(
            """
            fragment f on Pet {
              name(surnam: true)
            }
            """,
            ValidationAssert.Error("Unknown argument \"surnam\" on field \"Pet.name\". Did you mean \"surname\"?", (2, 8)));
    }
}
