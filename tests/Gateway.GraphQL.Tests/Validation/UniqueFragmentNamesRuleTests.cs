using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's UniqueFragmentNamesRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class UniqueFragmentNamesRuleTests
{
    [Fact]
    public void Distinct_fragment_names_are_valid()
    {
        ValidationAssert.Valid<UniqueFragmentNamesRule>(
            """
            {
              ...fragA
              ...fragB
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragB on Type {
              fieldB
            }
            """);
    }

    [Fact]
    public void Inline_fragments_are_always_unique()
    {
        ValidationAssert.Valid<UniqueFragmentNamesRule>(
            """
            {
              ...on Type {
                fieldA
              }
              ...on Type {
                fieldB
              }
            }
            """);
    }

    [Fact]
    public void Duplicate_fragment_names_are_reported_at_both_names()
    {
        ValidationAssert.Errors<UniqueFragmentNamesRule>(
            """
            {
              ...fragA
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """,
            ValidationAssert.Error("There can be only one fragment named \"fragA\".", (4, 10), (7, 10)));
    }
}
