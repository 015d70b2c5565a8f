using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Execution;

/// <summary>Builds small schemas with the type model and runs documents against them.</summary>
internal static class ExecutionFixture
{
    public static NonNullType NonNull(GraphQLType type) => new(type);

    public static ListType List(GraphQLType type) => new(type);

    public static ObjectType Object(string name, params FieldDefinition[] fields)
    {
        var type = new ObjectType(name);
        foreach (var field in fields)
        {
            type.AddField(field);
        }

        return type;
    }

    public static FieldDefinition Field(string name, GraphQLType type, FieldResolver? resolver = null, params InputValueDefinition[] arguments)
    {
        var field = new FieldDefinition(name, type) { Resolver = resolver };
        foreach (var argument in arguments)
        {
            field.AddArgument(argument);
        }

        return field;
    }

    /// <summary>A field whose resolver returns <paramref name="value"/> synchronously.</summary>
    public static FieldDefinition Constant(string name, GraphQLType type, object? value) =>
        Field(name, type, _ => new ValueTask<object?>(value));

    public static InputValueDefinition Argument(string name, GraphQLType type, string? defaultValue = null) =>
        new(name, type) { DefaultValue = defaultValue is null ? null : Gateway.GraphQL.Language.Parser.ParseConstValue(defaultValue) };

    public static Schema Schema(ObjectType query, ObjectType? mutation = null, params NamedType[] types) =>
        new([query, .. mutation is null ? Array.Empty<NamedType>() : [mutation], .. types, .. BuiltInScalars.All], [], query, mutation);

    public static Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        string query,
        object? rootValue = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        CancellationToken cancellationToken = default) =>
        Executor.ExecuteAsync(
            schema,
            new ExecutionRequest
            {
                Document = TestDocuments.Parse(query),
                RootValue = rootValue,
                VariableValues = variables,
                OperationName = operationName,
            },
            cancellationToken);

    public static async Task<string> ExecuteToJsonAsync(
        Schema schema,
        string query,
        object? rootValue = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null) =>
        (await ExecuteAsync(schema, query, rootValue, variables, operationName)).ToJson();

    /// <summary>Single quotes stand for double quotes, so expected JSON reads well in C#.</summary>
    public static string Json(string text) => text.Replace('\'', '"');
}
