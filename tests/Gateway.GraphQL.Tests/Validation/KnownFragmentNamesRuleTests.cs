using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's KnownFragmentNamesRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class KnownFragmentNamesRuleTests
{
    [Fact]
    public void Known_fragment_names_are_valid()
    {
        ValidationAssert.Valid<KnownFragmentNamesRule>(
            """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
                ... {
                  name
                }
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """);
    }

    [Fact]
    public void Unknown_fragment_names_are_reported_at_the_name()
    {
        ValidationAssert.Errors<KnownFragmentNamesRule>(
            """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """,
            ValidationAssert.Error("Unknown fragment \"UnknownFragment1\".", (3, 8)),
            ValidationAssert.Error("Unknown fragment \"UnknownFragment2\".", (5, 10)),
            ValidationAssert.Error("Unknown fragment \"UnknownFragment3\".", (11, 6)));
    }
}
