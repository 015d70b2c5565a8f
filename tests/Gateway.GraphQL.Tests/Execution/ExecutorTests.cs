using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Execution.ExecutionFixture;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private sealed record Person(string Name, int Age, Person? Friend);

    [Fact]
    public async Task Executes_nested_fields_with_aliases_in_response_name_order()
    {
        var person = Object("Person", Field("name", BuiltInScalars.String), Field("age", BuiltInScalars.Int));
        person.AddField(Field("friend", person));
        var query = Object("Query", Constant("me", person, new Person("Ada", 36, new Person("Alan", 41, null))));

        var json = await ExecuteToJsonAsync(Schema(query, null, person), "{ me { age n: name friend { name friend { name } } } }");

        Assert.Equal(Json("{'data':{'me':{'age':36,'n':'Ada','friend':{'name':'Alan','friend':null}}}}"), json);
    }

    [Fact]
    public async Task Default_resolver_reads_dictionaries_json_and_clr_properties_case_insensitively()
    {
        var item = Object("Item", Field("id", BuiltInScalars.ID), Field("tags", List(BuiltInScalars.String)));
        var query = Object("Query", Field("items", List(item)));
        var json = JsonDocument.Parse("""{"id":"j1","tags":["x","y"]}""").RootElement;
        var root = new Dictionary<string, object?>
        {
            ["items"] = new object?[] { new Dictionary<string, object?> { ["id"] = "d1", ["tags"] = new List<object?> { "a" } }, json, new { ID = "c1", Tags = new[] { "b" } } },
        };

        var result = await ExecuteToJsonAsync(Schema(query, null, item), "{ items { id tags } }", root);

        Assert.Equal(Json("{'data':{'items':[{'id':'d1','tags':['a']},{'id':'j1','tags':['x','y']},{'id':'c1','tags':['b']}]}}"), result);
    }

    [Fact]
    public async Task Json_leaves_and_arrays_complete_as_plain_values()
    {
        var query = Object("Query", Field("n", BuiltInScalars.Int), Field("f", BuiltInScalars.Float), Field("b", BuiltInScalars.Boolean), Field("l", List(List(BuiltInScalars.Int))), Field("z", BuiltInScalars.String));
        var root = JsonDocument.Parse("""{"n":3,"f":1.5,"b":true,"l":[[1],[2,3]],"z":null}""").RootElement;

        var result = await ExecuteAsync(Schema(query), "{ n f b l z }", root);

        var data = Assert.IsType<ResultMap>(result.Data);
        Assert.IsType<int>(data["n"]);
        Assert.Equal(1.5, data["f"]);
        Assert.Equal(true, data["b"]);
        Assert.Null(data["z"]);
        Assert.Equal(Json("{'data':{'n':3,'f':1.5,'b':true,'l':[[1],[2,3]],'z':null}}"), result.ToJson());
    }

    [Fact]
    public async Task Typename_is_answered_on_every_object_type()
    {
        var inner = Object("Inner", Field("x", BuiltInScalars.String));
        var query = Object("Query", Constant("inner", inner, new Dictionary<string, object?> { ["x"] = "1" }));

        var json = await ExecuteToJsonAsync(Schema(query, null, inner), "{ __typename inner { t: __typename x } }");

        Assert.Equal(Json("{'data':{'__typename':'Query','inner':{'t':'Inner','x':'1'}}}"), json);
    }

    [Fact]
    public async Task Resolvers_receive_source_arguments_field_and_request_context()
    {
        FieldContext? seen = null;
        object? source = null, requestContext = null;
        IReadOnlyDictionary<string, object?>? arguments = null;
        var query = Object("Query", Field(
            "greet",
            BuiltInScalars.String,
            context =>
            {
                seen = context;
                source = context.Source;
                requestContext = context.RequestContext;
                arguments = context.Arguments;
                return new ValueTask<object?>($"hello {context.Argument<string>("name")}");
            },
            Argument("name", BuiltInScalars.String)));
        var schema = Schema(query);
        var root = new object();
        var context = new object();

        var result = await Executor.ExecuteAsync(schema, new ExecutionRequest
        {
            Document = TestDocuments.Parse("{ greet(name: \"Ada\") }"),
            RootValue = root,
            RequestContext = context,
        });

        Assert.Equal(Json("{'data':{'greet':'hello Ada'}}"), result.ToJson());
        Assert.Same(root, source);
        Assert.Same(context, requestContext);
        Assert.Equal("Ada", arguments!["name"]);
        Assert.Same(query, seen!.ParentType);
        Assert.Equal("greet", seen.Field.Name);
        Assert.Same(schema, seen.Schema);
    }

    [Fact]
    public async Task Fields_the_type_does_not_define_are_left_out()
    {
        var query = Object("Query", Constant("a", BuiltInScalars.String, "x"));

        var json = await ExecuteToJsonAsync(Schema(query), "{ a unknown }");

        Assert.Equal(Json("{'data':{'a':'x'}}"), json);
    }

    [Fact]
    public async Task Selects_the_named_operation()
    {
        var query = Object("Query", Constant("a", BuiltInScalars.String, "x"), Constant("b", BuiltInScalars.String, "y"));

        var json = await ExecuteToJsonAsync(Schema(query), "query A { a } query B { b }", operationName: "B");

        Assert.Equal(Json("{'data':{'b':'y'}}"), json);
    }

    [Fact]
    public async Task Multiple_operations_without_a_name_is_a_request_error()
    {
        var query = Object("Query", Constant("a", BuiltInScalars.String, "x"));

        var result = await ExecuteAsync(Schema(query), "query A { a } query B { a }");

        Assert.False(result.HasData);
        Assert.Equal(Json("{'errors':[{'message':'Must provide operation name if query contains multiple operations.'}]}"), result.ToJson());
    }

    [Fact]
    public async Task Unknown_operation_name_is_a_request_error()
    {
        var query = Object("Query", Constant("a", BuiltInScalars.String, "x"));

        var json = await ExecuteToJsonAsync(Schema(query), "query A { a }", operationName: "C");

        Assert.Equal(Json("{'errors':[{'message':'Unknown operation named \\u0022C\\u0022.'}]}").Replace("\\u0022", "\\\""), json);
    }

    [Fact]
    public async Task Document_without_operations_is_a_request_error()
    {
        var query = Object("Query", Constant("a", BuiltInScalars.String, "x"));

        var result = await ExecuteAsync(Schema(query), "fragment F on Query { a }");

        Assert.Equal("Must provide an operation.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Subscriptions_answer_a_request_error()
    {
        var query = Object("Query", Constant("a", BuiltInScalars.String, "x"));

        var result = await ExecuteAsync(Schema(query), "subscription S { a }");

        var error = Assert.Single(result.Errors);
        Assert.False(result.HasData);
        Assert.Equal("Subscription operations are not supported yet; send queries and mutations.", error.Message);
        Assert.Equal((1, 1), (error.Locations[0].Line, error.Locations[0].Column));
    }

    [Fact]
    public async Task Mutation_without_a_mutation_type_is_a_request_error()
    {
        var query = Object("Query", Constant("a", BuiltInScalars.String, "x"));

        var result = await ExecuteAsync(Schema(query), "mutation M { a }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Schema is not configured to execute mutation operation.", error.Message);
        Assert.Equal((1, 1), (error.Locations[0].Line, error.Locations[0].Column));
    }

    [Fact]
    public async Task Asynchronous_resolvers_run_concurrently_within_a_selection_set()
    {
        var started = 0;
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        FieldResolver waitForBoth = async _ =>
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            await bothStarted.Task;
            return "done";
        };
        var query = Object("Query", Field("a", BuiltInScalars.String, waitForBoth), Field("b", BuiltInScalars.String, waitForBoth));

        var json = await ExecuteToJsonAsync(Schema(query), "{ a b }");

        Assert.Equal(Json("{'data':{'a':'done','b':'done'}}"), json);
    }

    [Fact]
    public async Task Enum_values_serialize_from_internal_value_to_name()
    {
        var color = new EnumType("Color");
        color.AddValue(new EnumValueDefinition("RED", 0));
        color.AddValue(new EnumValueDefinition("GREEN", 1));
        var query = Object("Query", Constant("c", color, 1), Constant("bad", color, 7), Constant("cs", List(color), new object[] { 0, 1 }));

        var json = await ExecuteToJsonAsync(Schema(query, null, color), "{ c cs bad }");

        Assert.Equal(
            Json("{'errors':[{'message':'Enum \\u0022Color\\u0022 cannot represent value: 7','locations':[{'line':1,'column':8}],'path':['bad']}],'data':{'c':'GREEN','cs':['RED','GREEN'],'bad':null}}").Replace("\\u0022", "\\\""),
            json);
    }
}
