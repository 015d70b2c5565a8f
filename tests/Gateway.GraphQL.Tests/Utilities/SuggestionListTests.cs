using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Tests.Utilities;

/// <summary>Expected lists are graphql-js 16.15's suggestionList and didYouMean answers for the same input.</summary>
public sealed class SuggestionListTests
{
    [Fact]
    public void Close_options_come_first_and_far_ones_are_dropped() =>
        Assert.Equal(["GraphQL", "graphics"], SuggestionList.Find("GraphQl", ["graphics", "SQL", "GraphQL", "quarks", "mark"]));

    [Fact]
    public void An_adjacent_transposition_is_one_edit() =>
        Assert.Equal(["ba"], SuggestionList.Find("ab", ["ba"]));

    [Fact]
    public void Ties_are_broken_in_natural_order_with_digit_runs_compared_as_numbers() =>
        Assert.Equal(["Item", "item1", "item9", "itme", "item10"], SuggestionList.Find("item", ["item10", "item9", "item1", "Item", "itme"]));

    [Fact]
    public void A_leading_zero_ends_a_number_as_in_graphql_js() =>
        Assert.Equal(["x01", "x001", "x1"], SuggestionList.Find("x01", ["x1", "x01", "x001"]));

    [Fact]
    public void A_change_of_case_counts_as_one_edit() =>
        Assert.Equal(["a", "A", "b", "c"], SuggestionList.Find("a", ["b", "c", "a", "A"]));

    [Fact]
    public void Repeated_options_are_suggested_once() =>
        Assert.Equal(["field", "fiel"], SuggestionList.Find("field", ["field", "field", "fiel"]));

    [Fact]
    public void Did_you_mean_lists_at_most_five_with_an_optional_phrase() =>
        Assert.Equal(
            " Did you mean the enum value \"A\", \"B\", \"C\", \"D\", or \"E\"?",
            DidYouMean.Format(["A", "B", "C", "D", "E", "F"], "the enum value"));

    [Fact]
    public void Did_you_mean_joins_two_with_or() =>
        Assert.Equal(" Did you mean \"GraphQL\" or \"graphics\"?", DidYouMean.Format(["GraphQL", "graphics"]));

    [Fact]
    public void Did_you_mean_is_empty_without_suggestions() =>
        Assert.Equal(string.Empty, DidYouMean.Format([]));
}
