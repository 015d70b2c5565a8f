using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Execution.ExecutionFixture;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class DirectivesAndFragmentsTests
{
    private static readonly Schema TestSchema = Schema(Object("Query", Constant("a", BuiltInScalars.String, "a"), Constant("b", BuiltInScalars.String, "b")));

    [Theory]
    [InlineData("{ a b @skip(if: true) }", "{'data':{'a':'a'}}")]
    [InlineData("{ a b @skip(if: false) }", "{'data':{'a':'a','b':'b'}}")]
    [InlineData("{ a b @include(if: false) }", "{'data':{'a':'a'}}")]
    [InlineData("{ a b @include(if: true) }", "{'data':{'a':'a','b':'b'}}")]
    [InlineData("{ a b @include(if: true) @skip(if: true) }", "{'data':{'a':'a'}}")]
    [InlineData("{ a ...F @skip(if: true) } fragment F on Query { b }", "{'data':{'a':'a'}}")]
    [InlineData("{ a ... @include(if: false) { b } }", "{'data':{'a':'a'}}")]
    [InlineData("{ a ... on Query { b } }", "{'data':{'a':'a','b':'b'}}")]
    [InlineData("{ ...F a } fragment F on Query { b a }", "{'data':{'b':'b','a':'a'}}")]
    public async Task Skip_include_and_fragments_decide_which_fields_execute(string query, string expected)
    {
        Assert.Equal(Json(expected), await ExecuteToJsonAsync(TestSchema, query));
    }

    [Fact]
    public async Task Directive_conditions_read_variables()
    {
        var variables = new Dictionary<string, object?> { ["skip"] = true };

        var json = await ExecuteToJsonAsync(TestSchema, "query($skip: Boolean!) { a b @skip(if: $skip) }", variables: variables);

        Assert.Equal(Json("{'data':{'a':'a'}}"), json);
    }

    [Fact]
    public async Task Fields_with_the_same_response_name_merge_their_subselections()
    {
        var inner = Object("Inner", Constant("x", BuiltInScalars.String, "x"), Constant("y", BuiltInScalars.String, "y"));
        var schema = Schema(Object("Query", Constant("inner", inner, new object())), null, inner);

        var json = await ExecuteToJsonAsync(schema, "{ inner { x } ... on Query { inner { y x } } }");

        Assert.Equal(Json("{'data':{'inner':{'x':'x','y':'y'}}}"), json);
    }
}
