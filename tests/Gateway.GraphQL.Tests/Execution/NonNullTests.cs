using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Execution.ExecutionFixture;

namespace Gateway.GraphQL.Tests.Execution;

/// <summary>Spec 6.4.4 Handling Execution Errors: null propagation to the nearest nullable parent (graphql-js nonnull-test).</summary>
public sealed class NonNullTests
{
    private static Schema CreateSchema(bool async)
    {
        FieldResolver Value(object? value) => async
            ? async _ => { await Task.Yield(); return value; }
            : _ => new ValueTask<object?>(value);
        FieldResolver Throw(string message) => async
            ? async _ => { await Task.Yield(); throw new InvalidOperationException(message); }
            : _ => throw new InvalidOperationException(message);

        var data = new ObjectType("DataType");
        data.AddField(Field("sync", BuiltInScalars.String, Value("sync")));
        data.AddField(Field("syncNonNull", NonNull(BuiltInScalars.String), Value("syncNonNull")));
        data.AddField(Field("nullable", BuiltInScalars.String, Value(null)));
        data.AddField(Field("nonNullNull", NonNull(BuiltInScalars.String), Value(null)));
        data.AddField(Field("throws", BuiltInScalars.String, Throw("boom")));
        data.AddField(Field("nonNullThrows", NonNull(BuiltInScalars.String), Throw("nonNull boom")));
        data.AddField(Field("nest", data, Value(new object())));
        data.AddField(Field("nonNullNest", NonNull(data), Value(new object())));
        data.AddField(Field("items", List(NonNull(BuiltInScalars.String)), Value(new object?[] { "a", null, "c" })));
        data.AddField(Field("nullableItems", List(BuiltInScalars.String), Value(new object?[] { "a", null })));
        data.AddField(Field("nonNullItems", NonNull(List(NonNull(BuiltInScalars.String))), Value(new object?[] { null })));
        return new Schema([data, .. BuiltInScalars.All], [], data);
    }

    public static TheoryData<bool> Modes => [false, true];

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Nullable_field_that_throws_becomes_null_with_an_error(bool async)
    {
        var json = await ExecuteToJsonAsync(CreateSchema(async), "{ sync throws }");

        Assert.Equal(Json("{'errors':[{'message':'boom','locations':[{'line':1,'column':8}],'path':['throws']}],'data':{'sync':'sync','throws':null}}"), json);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Non_null_field_that_throws_nulls_its_nullable_parent(bool async)
    {
        var json = await ExecuteToJsonAsync(CreateSchema(async), "{ nest { sync nonNullThrows } sync }");

        Assert.Equal(Json("{'errors':[{'message':'nonNull boom','locations':[{'line':1,'column':15}],'path':['nest','nonNullThrows']}],'data':{'nest':null,'sync':'sync'}}"), json);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Non_null_field_returning_null_reports_and_propagates_through_non_null_parents(bool async)
    {
        var json = await ExecuteToJsonAsync(CreateSchema(async), "{ nest { nonNullNest { nonNullNest { nonNullNull } } } }");

        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field DataType.nonNullNull.','locations':[{'line':1,'column':38}],'path':['nest','nonNullNest','nonNullNest','nonNullNull']}],'data':{'nest':null}}"),
            json);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Null_propagating_to_the_root_makes_data_null(bool async)
    {
        var json = await ExecuteToJsonAsync(CreateSchema(async), "{ nonNullNest { nonNullThrows } }");

        Assert.Equal(Json("{'errors':[{'message':'nonNull boom','locations':[{'line':1,'column':17}],'path':['nonNullNest','nonNullThrows']}],'data':null}"), json);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Null_item_of_a_non_null_item_list_nulls_the_list(bool async)
    {
        var json = await ExecuteToJsonAsync(CreateSchema(async), "{ items nullableItems }");

        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field DataType.items.','locations':[{'line':1,'column':3}],'path':['items',1]}],'data':{'items':null,'nullableItems':['a',null]}}"),
            json);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Null_item_in_a_non_null_list_propagates_past_the_list(bool async)
    {
        var json = await ExecuteToJsonAsync(CreateSchema(async), "{ nest { nonNullItems } }");

        Assert.Equal(
            Json("{'errors':[{'message':'Cannot return null for non-nullable field DataType.nonNullItems.','locations':[{'line':1,'column':10}],'path':['nest','nonNullItems',0]}],'data':{'nest':null}}"),
            json);
    }

    [Fact]
    public async Task Graphql_exception_from_a_resolver_keeps_its_extensions()
    {
        var query = Object("Query", Field("secret", BuiltInScalars.String, _ => throw new GraphQLException(new GraphQLError("Not allowed.", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" }))));

        var json = await ExecuteToJsonAsync(Schema(query), "{ secret }");

        Assert.Equal(Json("{'errors':[{'message':'Not allowed.','locations':[{'line':1,'column':3}],'path':['secret'],'extensions':{'code':'FORBIDDEN'}}],'data':{'secret':null}}"), json);
    }

    [Fact]
    public async Task Errors_inside_lists_carry_the_item_index_in_the_path()
    {
        var item = Object("Item", Field("bad", BuiltInScalars.String, _ => throw new InvalidOperationException("bad item")));
        var query = Object("Query", Constant("items", List(item), new object[] { 1, 2 }));

        var result = await ExecuteAsync(Schema(query, null, item), "{ items { bad } }");

        Assert.Equal(2, result.Errors.Count);
        Assert.Equal(["items", 0, "bad"], result.Errors[0].Path!);
        Assert.Equal(["items", 1, "bad"], result.Errors[1].Path!);
        Assert.Equal((1, 11), (result.Errors[1].Locations[0].Line, result.Errors[1].Locations[0].Column));
    }
}
