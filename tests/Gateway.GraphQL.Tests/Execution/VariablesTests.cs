using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Execution.ExecutionFixture;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class VariablesTests
{
    private static readonly Schema TestSchema = CreateSchema();

    private static Schema CreateSchema()
    {
        var color = new EnumType("Color");
        color.AddValue(new EnumValueDefinition("RED"));
        color.AddValue(new EnumValueDefinition("GREEN"));
        var input = new InputObjectType("In");
        input.AddField(new InputValueDefinition("a", NonNull(BuiltInScalars.String)));
        input.AddField(new InputValueDefinition("b", BuiltInScalars.String));
        input.AddField(Argument("c", BuiltInScalars.Int, "7"));
        var oneOf = new InputObjectType("Either") { IsOneOf = true };
        oneOf.AddField(new InputValueDefinition("x", BuiltInScalars.Int));
        oneOf.AddField(new InputValueDefinition("y", BuiltInScalars.String));

        FieldResolver echo = context => new ValueTask<object?>(JsonSerializer.Serialize(context.Arguments));
        var query = Object(
            "Query",
            Field("input", BuiltInScalars.String, echo, Argument("value", input)),
            Field("oneOf", BuiltInScalars.String, echo, Argument("value", oneOf)),
            Field("color", BuiltInScalars.String, echo, Argument("value", color)),
            Field("list", BuiltInScalars.String, echo, Argument("value", List(BuiltInScalars.String))),
            Field("required", BuiltInScalars.String, echo, Argument("value", NonNull(BuiltInScalars.String))),
            Field("defaulted", BuiltInScalars.String, echo, Argument("value", BuiltInScalars.Int, "42")));
        return Schema(query, null, color, input, oneOf);
    }

    private static Task<string> RunAsync(string query, string variablesJson) =>
        ExecuteToJsonAsync(TestSchema, query, variables: JsonValues.VariablesFromJsonElement(JsonDocument.Parse(variablesJson).RootElement));

    private static string Escape(string json) => Json(json).Replace("\\u0022", "\\\"");

    [Fact]
    public async Task Input_object_variable_is_coerced_with_field_defaults()
    {
        var json = await RunAsync("query($v: In) { input(value: $v) }", """{"v":{"a":"x"}}""");

        Assert.Equal(Escape("{'data':{'input':'{\\u0022value\\u0022:{\\u0022a\\u0022:\\u0022x\\u0022,\\u0022c\\u0022:7}}'}}"), json);
    }

    [Fact]
    public async Task Missing_required_variable_is_a_request_error()
    {
        var json = await RunAsync("query($v: String!) { required(value: $v) }", "{}");

        Assert.Equal(Escape("{'errors':[{'message':'Variable \\u0022$v\\u0022 of required type \\u0022String!\\u0022 was not provided.','locations':[{'line':1,'column':7}]}]}"), json);
    }

    [Fact]
    public async Task Null_for_non_null_variable_is_a_request_error()
    {
        var json = await RunAsync("query($v: String!) { required(value: $v) }", """{"v":null}""");

        Assert.Equal(Escape("{'errors':[{'message':'Variable \\u0022$v\\u0022 of non-null type \\u0022String!\\u0022 must not be null.','locations':[{'line':1,'column':7}]}]}"), json);
    }

    [Fact]
    public async Task Input_object_errors_name_the_field_and_suggest_close_names()
    {
        var result = await ExecuteAsync(
            TestSchema,
            "query($v: In) { input(value: $v) }",
            variables: JsonValues.VariablesFromJsonElement(JsonDocument.Parse("""{"v":{"b":"x","zz":1,"q":{"a":{"b":{"c":[1,2]}}}}}""").RootElement));

        Assert.False(result.HasData);
        Assert.Equal(
            [
                "Variable \"$v\" got invalid value { b: \"x\", zz: 1, q: { a: [Object] } }; Field \"a\" of required type \"String!\" was not provided.",
                "Variable \"$v\" got invalid value { b: \"x\", zz: 1, q: { a: [Object] } }; Field \"zz\" is not defined by type \"In\".",
                "Variable \"$v\" got invalid value { b: \"x\", zz: 1, q: { a: [Object] } }; Field \"q\" is not defined by type \"In\". Did you mean \"a\", \"b\", or \"c\"?",
            ],
            result.Errors.Select(e => e.Message));
        Assert.All(result.Errors, e => Assert.Equal((1, 7), (e.Locations[0].Line, e.Locations[0].Column)));
    }

    [Fact]
    public async Task OneOf_variable_with_two_keys_is_rejected()
    {
        var result = await ExecuteAsync(TestSchema, "query($v: Either) { oneOf(value: $v) }", variables: new Dictionary<string, object?> { ["v"] = new Dictionary<string, object?> { ["x"] = 1L, ["y"] = "a" } });

        Assert.Equal("Variable \"$v\" got invalid value { x: 1, y: \"a\" }; Exactly one key must be specified for OneOf type \"Either\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task OneOf_variable_with_a_null_field_is_rejected_at_its_path()
    {
        var result = await ExecuteAsync(TestSchema, "query($v: Either) { oneOf(value: $v) }", variables: new Dictionary<string, object?> { ["v"] = new Dictionary<string, object?> { ["x"] = null } });

        Assert.Equal("Variable \"$v\" got invalid value null at \"v.x\"; Field \"x\" must be non-null.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task OneOf_literal_with_one_key_is_accepted()
    {
        var json = await RunAsync("{ oneOf(value: { y: \"a\" }) }", "{}");

        Assert.Equal(Escape("{'data':{'oneOf':'{\\u0022value\\u0022:{\\u0022y\\u0022:\\u0022a\\u0022}}'}}"), json);
    }

    [Fact]
    public async Task Unknown_enum_value_is_rejected_with_graphql_js_wording()
    {
        var result = await ExecuteAsync(TestSchema, "query($v: Color) { color(value: $v) }", variables: new Dictionary<string, object?> { ["v"] = "BLUE" });

        Assert.Equal("Variable \"$v\" got invalid value \"BLUE\"; Value \"BLUE\" does not exist in \"Color\" enum.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Single_value_is_coerced_to_a_list_of_one()
    {
        var fromVariable = await RunAsync("query($v: [String]) { list(value: $v) }", """{"v":"x"}""");
        var fromLiteral = await RunAsync("{ list(value: \"y\") }", "{}");

        Assert.Equal(Escape("{'data':{'list':'{\\u0022value\\u0022:[\\u0022x\\u0022]}'}}"), fromVariable);
        Assert.Equal(Escape("{'data':{'list':'{\\u0022value\\u0022:[\\u0022y\\u0022]}'}}"), fromLiteral);
    }

    [Fact]
    public async Task Variable_default_applies_when_the_variable_is_absent_and_null_is_kept_when_given()
    {
        var absent = await RunAsync("query($v: Int = 5) { defaulted(value: $v) }", "{}");
        var explicitNull = await RunAsync("query($v: Int = 5) { defaulted(value: $v) }", """{"v":null}""");
        var unused = await RunAsync("{ defaulted }", "{}");

        Assert.Equal(Escape("{'data':{'defaulted':'{\\u0022value\\u0022:5}'}}"), absent);
        Assert.Equal(Escape("{'data':{'defaulted':'{\\u0022value\\u0022:null}'}}"), explicitNull);
        Assert.Equal(Escape("{'data':{'defaulted':'{\\u0022value\\u0022:42}'}}"), unused);
    }

    [Fact]
    public async Task Argument_default_applies_when_its_variable_was_not_provided()
    {
        var json = await RunAsync("query($v: Int) { defaulted(value: $v) }", "{}");

        Assert.Equal(Escape("{'data':{'defaulted':'{\\u0022value\\u0022:42}'}}"), json);
    }

    [Fact]
    public async Task Missing_required_argument_is_a_field_error_at_the_field()
    {
        var result = await ExecuteAsync(TestSchema, "{\n  required\n}");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Argument \"value\" of required type \"String!\" was not provided.", error.Message);
        Assert.Equal((2, 3), (error.Locations[0].Line, error.Locations[0].Column));
        Assert.Equal(["required"], error.Path!);
        Assert.Null(Assert.IsType<ResultMap>(result.Data)["required"]);
    }

    [Fact]
    public async Task Required_argument_fed_by_an_absent_variable_is_a_field_error_at_the_variable()
    {
        var result = await ExecuteAsync(TestSchema, "query($v: String) { required(value: $v) }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Argument \"value\" of required type \"String!\" was provided the variable \"$v\" which was not provided a runtime value.", error.Message);
        Assert.Equal((1, 37), (error.Locations[0].Line, error.Locations[0].Column));
    }

    [Fact]
    public async Task Null_variable_into_a_non_null_argument_is_a_field_error()
    {
        var result = await ExecuteAsync(TestSchema, "query($v: String) { required(value: $v) }", variables: new Dictionary<string, object?> { ["v"] = null });

        var error = Assert.Single(result.Errors);
        Assert.Equal("Argument \"value\" of non-null type \"String!\" must not be null.", error.Message);
        Assert.Equal((1, 37), (error.Locations[0].Line, error.Locations[0].Column));
    }

    [Fact]
    public async Task Literal_that_does_not_coerce_is_a_field_error_printing_the_literal()
    {
        var result = await ExecuteAsync(TestSchema, "{ defaulted(value: \"x\") }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Argument \"value\" has invalid value \"x\".", error.Message);
        Assert.Equal((1, 20), (error.Locations[0].Line, error.Locations[0].Column));
        Assert.Equal(["defaulted"], error.Path!);
    }
}
