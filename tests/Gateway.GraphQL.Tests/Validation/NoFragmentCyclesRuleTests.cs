using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Cases after graphql-js 16's NoFragmentCyclesRule tests; expected errors as graphql-js 16 reports them.</summary>
public sealed class NoFragmentCyclesRuleTests
{
    [Fact]
    public void Single_reference_is_valid()
    {
        ValidationAssert.Valid<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """);
    }

    [Fact]
    public void Spreading_twice_is_not_a_cycle()
    {
        ValidationAssert.Valid<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            """);
    }

    [Fact]
    public void Spreading_itself_is_reported()
    {
        ValidationAssert.Errors<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragA }
            """,
            ValidationAssert.Error("Cannot spread fragment \"fragA\" within itself.", (1, 25)));
    }

    [Fact]
    public void Spreading_itself_in_inline_fragment_is_reported()
    {
        ValidationAssert.Errors<NoFragmentCyclesRule>(
            """
            fragment fragA on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """,
            ValidationAssert.Error("Cannot spread fragment \"fragA\" within itself.", (3, 5)));
    }

    [Fact]
    public void Spreading_back_is_reported_once()
    {
        ValidationAssert.Errors<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """,
            ValidationAssert.Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)));
    }

    [Fact]
    public void Deep_cycle_is_reported_with_its_path()
    {
        ValidationAssert.Errors<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """,
            ValidationAssert.Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
            ValidationAssert.Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)));
    }

    [Fact]
    public void Every_cycle_is_reported()
    {
        ValidationAssert.Errors<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """,
            ValidationAssert.Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
            ValidationAssert.Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25)));
    }

    [Fact]
    public void Cycles_reached_from_several_spreads_are_reported()
    {
        ValidationAssert.Errors<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            ValidationAssert.Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 25), (3, 25)),
            ValidationAssert.Error("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (3, 35), (2, 25)));
    }

    [Fact]
    public void Immediately_recursive_and_deep_cycles_are_both_reported()
    {
        ValidationAssert.Errors<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """,
            ValidationAssert.Error("Cannot spread fragment \"fragB\" within itself.", (2, 25)),
            ValidationAssert.Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (1, 25), (2, 35), (3, 25)),
            ValidationAssert.Error("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (2, 35), (3, 35)));
    }
}
