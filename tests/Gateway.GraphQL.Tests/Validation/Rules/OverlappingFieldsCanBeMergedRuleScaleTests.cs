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

    [Fact]
    public void Conflicts_beyond_the_error_limit_end_validation_as_graphql_js_does()
    {
        var errors = Validate(FieldsWithDistinctArguments(100), maxErrors: 100);

        Assert.Equal(101, errors.Count);
        Assert.Equal(
            "Fields \"x\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
            errors[0].Message);
        Assert.Equal([new(3, 5), new(4, 5)], errors[0].Locations);
        Assert.Equal([new(4, 5), new(5, 5)], errors[99].Locations);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[100].Message);
    }

    [Fact]
    public void Half_a_million_conflicting_pairs_abort_validation()
    {
        var errors = Validate(FieldsWithDistinctArguments(1_000), maxErrors: 100);

        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
    }

    private static string FieldsWithDistinctArguments(int count)
    {
        var document = new StringBuilder("{\n  dog {\n");
        for (var i = 0; i < count; i++)
        {
            document.Append("    x: isAtLocation(x: ").Append(i).Append(")\n");
        }

        return document.Append("  }\n}").ToString();
    }

    private static IReadOnlyList<GraphQLError> Validate(string document, int maxErrors) =>
        Gateway.GraphQL.Validation.DocumentValidator.Validate(
            ValidationTestSchema.Instance,
            ValidationAssert.Parse(document),
            [() => new OverlappingFieldsCanBeMergedRule()],
            maxErrors);
}
