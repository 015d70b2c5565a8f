using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Introspection;

/// <summary>
/// Compares the introspection types, read through their own resolvers, with what graphql-js 16 returns
/// for <see cref="IntrospectionQuery.Text"/> (the snapshot under <c>__snapshots__</c>, adjusted to the
/// September 2025 spec as <c>generate-snapshot.js</c> explains).
/// </summary>
public sealed class IntrospectionSnapshotTests
{
    private static readonly Schema IntrospectionOnly = new([.. IntrospectionTypes.All, BuiltInScalars.String, BuiltInScalars.Boolean], [], null);

    [Fact]
    public void Introspection_types_match_graphql_js_field_for_field_and_description_for_description()
    {
        var expectedTypes = ExpectedSnapshot()["data"]!["__schema"]!["types"]!.AsArray();

        foreach (var type in IntrospectionTypes.All)
        {
            var expected = expectedTypes.Single(t => (string?)t!["name"] == type.Name);
            var actual = FullType(type);

            Assert.True(
                JsonNode.DeepEquals(expected, actual),
                $"{type.Name} differs.\nExpected: {expected!.ToJsonString()}\nActual:   {actual.ToJsonString()}");
        }
    }

    internal static JsonNode ExpectedSnapshot([CallerFilePath] string testFile = "") =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(testFile)!, "__snapshots__", "IntrospectionFixture.expected.json")))!;

    /// <summary>The FullType fragment of the introspection query, resolved field by field.</summary>
    private static JsonObject FullType(GraphQLType type) => new()
    {
        ["kind"] = KindName(Resolve(IntrospectionTypes.Type, "kind", type)),
        ["name"] = Scalar(Resolve(IntrospectionTypes.Type, "name", type)),
        ["description"] = Scalar(Resolve(IntrospectionTypes.Type, "description", type)),
        ["specifiedByURL"] = Scalar(Resolve(IntrospectionTypes.Type, "specifiedByURL", type)),
        ["isOneOf"] = Scalar(Resolve(IntrospectionTypes.Type, "isOneOf", type)),
        ["fields"] = List<FieldDefinition>(Resolve(IntrospectionTypes.Type, "fields", type, includeDeprecated: true), field => new JsonObject
        {
            ["name"] = Scalar(Resolve(IntrospectionTypes.Field, "name", field)),
            ["description"] = Scalar(Resolve(IntrospectionTypes.Field, "description", field)),
            ["args"] = List<InputValueDefinition>(Resolve(IntrospectionTypes.Field, "args", field, includeDeprecated: true), InputValue),
            ["type"] = TypeRef((GraphQLType)Resolve(IntrospectionTypes.Field, "type", field)!),
            ["isDeprecated"] = Scalar(Resolve(IntrospectionTypes.Field, "isDeprecated", field)),
            ["deprecationReason"] = Scalar(Resolve(IntrospectionTypes.Field, "deprecationReason", field)),
        }),
        ["inputFields"] = List<InputValueDefinition>(Resolve(IntrospectionTypes.Type, "inputFields", type, includeDeprecated: true), InputValue),
        ["interfaces"] = List<GraphQLType>(Resolve(IntrospectionTypes.Type, "interfaces", type), TypeRef),
        ["enumValues"] = List<EnumValueDefinition>(Resolve(IntrospectionTypes.Type, "enumValues", type, includeDeprecated: true), value => new JsonObject
        {
            ["name"] = Scalar(Resolve(IntrospectionTypes.EnumValue, "name", value)),
            ["description"] = Scalar(Resolve(IntrospectionTypes.EnumValue, "description", value)),
            ["isDeprecated"] = Scalar(Resolve(IntrospectionTypes.EnumValue, "isDeprecated", value)),
            ["deprecationReason"] = Scalar(Resolve(IntrospectionTypes.EnumValue, "deprecationReason", value)),
        }),
        ["possibleTypes"] = List<GraphQLType>(Resolve(IntrospectionTypes.Type, "possibleTypes", type), TypeRef),
    };

    private static JsonObject InputValue(InputValueDefinition value) => new()
    {
        ["name"] = Scalar(Resolve(IntrospectionTypes.InputValue, "name", value)),
        ["description"] = Scalar(Resolve(IntrospectionTypes.InputValue, "description", value)),
        ["type"] = TypeRef((GraphQLType)Resolve(IntrospectionTypes.InputValue, "type", value)!),
        ["defaultValue"] = Scalar(Resolve(IntrospectionTypes.InputValue, "defaultValue", value)),
        ["isDeprecated"] = Scalar(Resolve(IntrospectionTypes.InputValue, "isDeprecated", value)),
        ["deprecationReason"] = Scalar(Resolve(IntrospectionTypes.InputValue, "deprecationReason", value)),
    };

    /// <summary>The TypeRef fragment; the query nests ofType ten levels deep, more than any type here needs.</summary>
    private static JsonObject TypeRef(GraphQLType type)
    {
        var ofType = Resolve(IntrospectionTypes.Type, "ofType", type);
        return new JsonObject
        {
            ["kind"] = KindName(Resolve(IntrospectionTypes.Type, "kind", type)),
            ["name"] = Scalar(Resolve(IntrospectionTypes.Type, "name", type)),
            ["ofType"] = ofType is GraphQLType inner ? TypeRef(inner) : null,
        };
    }

    private static JsonNode? KindName(object? kind) =>
        IntrospectionTypes.TypeKind.Values.Values.Single(v => Equals(v.Value, kind)).Name;

    private static JsonNode? Scalar(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag,
        _ => throw new InvalidOperationException($"Unexpected leaf value {value}."),
    };

    private static JsonArray? List<T>(object? items, Func<T, JsonNode> project) =>
        items is null ? null : new JsonArray([.. ((IEnumerable<T>)items).Select(project)]);

    private static object? Resolve(ObjectType type, string field, object source, bool includeDeprecated = false)
    {
        var definition = type.Fields[field];
        var context = new FieldContext
        {
            Source = source,
            Field = definition,
            ParentType = type,
            Schema = IntrospectionOnly,
            Arguments = definition.Arguments.Count == 0 ? new Dictionary<string, object?>() : new Dictionary<string, object?> { ["includeDeprecated"] = includeDeprecated },
        };
        return definition.Resolver!(context).Result;
    }
}
