using System.Text;
using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>
/// Documents graphql-js gives up on ("Validation aborted.") because it compares every pair of same-named
/// fields and of spread fragments. These assert only the outcome; how long it takes is for the benchmarks.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRuleScaleTests
{
    [Fact]
    public void Ten_thousand_identical_fields_are_valid()
    {
        var document = new StringBuilder("{\n  dog {\n");
        for (var i = 0; i < 10_000; i++)
        {
            document.Append("    name\n");
        }

        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(document.Append("  }\n}").ToString());
    }

    [Fact]
    public void Ten_thousand_identical_fields_then_a_conflicting_alias_report_the_conflict_against_the_first()
    {
        var document = new StringBuilder("{\n  dog {\n");
        for (var i = 0; i < 10_000; i++)
        {
            document.Append("    barkVolume\n");
        }

        document.Append("    barkVolume: barks\n  }\n}");
        var errors = Gateway.GraphQL.Validation.DocumentValidator.Validate(
            ValidationTestSchema.Instance,
            ValidationAssert.Parse(document.ToString()),
            [() => new OverlappingFieldsCanBeMergedRule()],
            maxErrors: 20_000);

        Assert.Equal(10_000, errors.Count);
        Assert.Equal(
            "Fields \"barkVolume\" conflict because \"barkVolume\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            errors[0].Message);
        Assert.Equal([new(3, 5), new(10_003, 5)], errors[0].Locations);
        Assert.Equal([new(10_002, 5), new(10_003, 5)], errors[^1].Locations);
    }

    [Fact]
    public void Three_thousand_fragments_spread_side_by_side_are_valid()
    {
        var document = new StringBuilder("{\n  dog {\n");
        for (var i = 0; i < 3_000; i++)
        {
            document.Append("    ...F").Append(i).Append('\n');
        }

        document.Append("  }\n}\n");
        for (var i = 0; i < 3_000; i++)
        {
            document.Append("fragment F").Append(i).Append(" on Dog { name f").Append(i).Append(": nickname }\n");
        }

        ValidationAssert.Valid<OverlappingFieldsCanBeMergedRule>(document.ToString());
    }

    [Fact]
    public void One_conflict_among_two_thousand_fragments_is_found()
    {
        var document = new StringBuilder("{\n  dog {\n");
        for (var i = 0; i < 2_000; i++)
        {
            document.Append("    ...F").Append(i).Append('\n');
        }

        document.Append("  }\n}\n");
        for (var i = 0; i < 2_000; i++)
        {
            var field = i == 1_999 ? "f7: barkVolume" : $"f{i}: nickname";
            document.Append("fragment F").Append(i).Append(" on Dog { name ").Append(field).Append(" }\n");
        }

        // Fragment Fi is defined on line 2,005 + i.
        ValidationAssert.Errors<OverlappingFieldsCanBeMergedRule>(
            document.ToString(),
            ValidationAssert.Error(
                "Fields \"f7\" conflict because \"nickname\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                (2_012, 27),
                (4_004, 30)));
    }
}
