using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's NoUnusedFragmentsRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class NoUnusedFragmentsRuleTests
{
    [Fact]
    public void All_fragment_names_used_is_valid()
    {
        ValidationAssert.Valid<NoUnusedFragmentsRule>(
            """
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
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
    public void Unused_fragments_are_reported()
    {
        ValidationAssert.Errors<NoUnusedFragmentsRule>(
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
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
            fragment Unused1 on Human {
              name
            }
            fragment Unused2 on Human {
              name
            }
            """,
            ValidationAssert.Error("Fragment \"Unused1\" is never used.", (21, 1)),
            ValidationAssert.Error("Fragment \"Unused2\" is never used.", (24, 1)));
    }

    [Fact]
    public void Fragments_used_only_by_unused_fragments_are_reported()
    {
        ValidationAssert.Errors<NoUnusedFragmentsRule>(
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            fragment HumanFields1 on Human {
              name
            }
            fragment Unused1 on Human {
              name
              ...Unused2
            }
            fragment Unused2 on Human {
              name
              ...Unused1
            }
            """,
            ValidationAssert.Error("Fragment \"Unused1\" is never used.", (9, 1)),
            ValidationAssert.Error("Fragment \"Unused2\" is never used.", (13, 1)));
    }

    [Fact]
    public void Fragment_used_before_its_definition_is_valid()
    {
        ValidationAssert.Valid<NoUnusedFragmentsRule>(
            """
            {
              ...Frag
            }
            fragment Frag on Human {
              name
            }
            """);
    }
}
