namespace Gateway.GraphQL.Tests.Types;

/// <summary>Spec 3.10.1 OneOf Input Objects (September 2025): a OneOf input object must be inhabitable.</summary>
public sealed class OneOfInhabitabilityTests
{
    private const string Unreachable =
        "cannot be given a finite value: each of its fields is an input object that cannot be given one either. " +
        "Add a field of a scalar, enum or list type, or of an input object that can end.";

    [Fact]
    public void OneOf_input_object_made_only_of_itself_is_reported()
    {
        var errors = DirectiveSelfReferenceTests.ErrorsOf("type Query { f(a: A): Int }\ninput A @oneOf { a: A }");

        Assert.Equal([$"OneOf Input Object \"A\" {Unreachable} @ 2:1"], errors);
    }

    [Fact]
    public void OneOf_input_objects_leading_only_to_each_other_are_each_reported()
    {
        var errors = DirectiveSelfReferenceTests.ErrorsOf(
            "type Query { f(a: A): Int }\ninput A @oneOf { b: B c: B }\ninput B @oneOf { a: A }");

        Assert.Equal([$"OneOf Input Object \"A\" {Unreachable} @ 2:1", $"OneOf Input Object \"B\" {Unreachable} @ 3:1"], errors);
    }

    [Fact]
    public void OneOf_input_object_whose_only_way_out_requires_itself_is_reported_once()
    {
        var errors = DirectiveSelfReferenceTests.ErrorsOf(
            "type Query { f(a: A): Int }\ninput A @oneOf { b: B }\ninput B { a: A! n: Int }");

        Assert.Equal([$"OneOf Input Object \"A\" {Unreachable} @ 2:1"], errors);
    }

    [Theory]
    [InlineData("input A @oneOf { a: A s: String }")]
    [InlineData("input A @oneOf { l: [A] }")]
    [InlineData("input A @oneOf { e: E }\nenum E { X }")]
    [InlineData("input A @oneOf { b: B }\ninput B { a: A }")]
    [InlineData("input A @oneOf { b: B }\ninput B @oneOf { a: A c: C }\ninput C { n: Int! d: Int = 1 }")]
    public void OneOf_input_objects_with_a_way_to_end_are_valid(string types)
    {
        Assert.Empty(DirectiveSelfReferenceTests.ErrorsOf("type Query { f(a: A): Int }\n" + types));
    }
}
