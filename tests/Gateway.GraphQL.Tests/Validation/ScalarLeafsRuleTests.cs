using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's ScalarLeafsRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class ScalarLeafsRuleTests
{
    [Fact]
    public void Object_with_subselection_is_valid()
    {
        ValidationAssert.Valid<ScalarLeafsRule>(
            """
            fragment scalarSelection on Dog {
              barks
            }
            """);
    }

    [Fact]
    public void Object_type_without_selection_is_reported()
    {
        ValidationAssert.Errors<ScalarLeafsRule>(
            """
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """,
            ValidationAssert.Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)));
    }

    [Fact]
    public void Interface_type_without_selection_is_reported()
    {
        ValidationAssert.Errors<ScalarLeafsRule>(
            """
            {
              human { pets }
            }
            """,
            ValidationAssert.Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (2, 11)));
    }

    [Fact]
    public void Selection_on_scalar_is_reported_at_its_selection_set()
    {
        ValidationAssert.Errors<ScalarLeafsRule>(
            """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
            }
            """,
            ValidationAssert.Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9)));
    }

    [Fact]
    public void Selection_on_enum_is_reported()
    {
        ValidationAssert.Errors<ScalarLeafsRule>(
            """
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor { inHexDec }
            }
            """,
            ValidationAssert.Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (2, 12)));
    }

    [Fact]
    public void Selection_on_scalar_with_arguments_is_reported()
    {
        ValidationAssert.Errors<ScalarLeafsRule>(
            """
            fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
              doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
            }
            """,
            ValidationAssert.Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 55)));
    }

    [Fact]
    public void Non_null_list_type_is_printed_in_full()
    {
        ValidationAssert.Errors<ScalarLeafsRule>(
            """
            {
              human {
                relatives
              }
            }
            """,
            ValidationAssert.Error("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (3, 5)));
    }
}
