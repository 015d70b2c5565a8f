using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Execution.ExecutionFixture;

namespace Gateway.GraphQL.Tests.Execution;

/// <summary>
/// Leaves of CLR objects read by the default resolver take a shortcut when the value already is what result
/// coercion returns; every other value, and every error, must behave exactly as full completion does.
/// </summary>
public sealed class DefaultResolverLeavesTests
{
    private sealed class Row
    {
        public string? Name { get; init; }

        public int Count { get; init; }

        public double Score { get; init; }

        public bool Flag { get; init; }

        public int Broken => Count == 1 ? throw new InvalidOperationException("broken row") : Count;
    }

    private static Schema RowSchema(GraphQLType nameType, out ObjectType row)
    {
        row = Object(
            "Row",
            Field("name", nameType),
            Field("count", BuiltInScalars.Int),
            Field("score", BuiltInScalars.Float),
            Field("flag", BuiltInScalars.Boolean),
            Field("broken", BuiltInScalars.Int));
        var query = Object("Query", Field("rows", List(row)));
        return Schema(query, null, row);
    }

    private static Dictionary<string, object?> Rows(params Row[] rows) => new() { ["rows"] = rows };

    [Fact]
    public async Task Values_of_the_scalars_own_type_are_returned_as_read_for_every_row()
    {
        var schema = RowSchema(BuiltInScalars.String, out _);
        var root = Rows(new Row { Name = "a", Count = 2, Score = 1.5, Flag = true }, new Row { Name = null, Count = 3, Score = 0, Flag = false });

        var result = await ExecuteAsync(schema, "{ rows { name count score flag } }", root);

        Assert.Empty(result.Errors);
        Assert.Equal(Json("{'data':{'rows':[{'name':'a','count':2,'score':1.5,'flag':true},{'name':null,'count':3,'score':0,'flag':false}]}}"), result.ToJson());
        var second = Assert.IsType<ResultMap>(Assert.IsType<object?[]>(((ResultMap)result.Data!)["rows"])[1]);
        Assert.IsType<int>(second["count"]);
        Assert.IsType<double>(second["score"]);
    }

    [Fact]
    public async Task Null_in_a_non_null_leaf_of_a_later_row_nulls_that_row_with_its_path()
    {
        var schema = RowSchema(new NonNullType(BuiltInScalars.String), out _);
        var root = Rows(new Row { Name = "a" }, new Row { Name = "b" }, new Row { Name = null });

        var result = await ExecuteAsync(schema, "{ rows { name } }", root);

        Assert.Equal(Json("{'errors':[{'message':'Cannot return null for non-nullable field Row.name.','locations':[{'line':1,'column':10}],'path':['rows',2,'name']}],'data':{'rows':[{'name':'a'},{'name':'b'},null]}}"), result.ToJson());
    }

    [Fact]
    public async Task A_throwing_property_is_an_error_at_its_row_and_field()
    {
        var schema = RowSchema(BuiltInScalars.String, out _);
        var root = Rows(new Row { Count = 0 }, new Row { Count = 1 }, new Row { Count = 2 });

        var result = await ExecuteAsync(schema, "{ rows { broken } }", root);

        Assert.Equal(Json("{'errors':[{'message':'broken row','locations':[{'line':1,'column':10}],'path':['rows',1,'broken']}],'data':{'rows':[{'broken':0},{'broken':null},{'broken':2}]}}"), result.ToJson());
    }

    [Fact]
    public async Task A_non_finite_float_still_fails_result_coercion_on_every_row()
    {
        var schema = RowSchema(BuiltInScalars.String, out _);
        var root = Rows(new Row { Score = 1 }, new Row { Score = double.NaN });

        var result = await ExecuteAsync(schema, "{ rows { score } }", root);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Float cannot represent non numeric value: NaN", error.Message);
        Assert.Equal(["rows", 1, "score"], error.Path!);
    }
}
