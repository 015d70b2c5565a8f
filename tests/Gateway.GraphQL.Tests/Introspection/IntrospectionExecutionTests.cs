using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Introspection;

/// <summary>
/// Runs <see cref="IntrospectionQuery.Text"/> end to end (parser, SDL builder, executor) on the fixture
/// schema and compares the result with graphql-js 16's (the snapshot under <c>__snapshots__</c>).
/// </summary>
public sealed class IntrospectionExecutionTests
{
    [Fact]
    public async Task Full_introspection_query_returns_what_graphql_js_returns()
    {
        var schema = SchemaBuilder.FromDocument(Parser.Parse(File.ReadAllText(SnapshotPath("IntrospectionFixture.graphql"))));

        var result = await Executor.ExecuteAsync(schema, new ExecutionRequest { Document = Parser.Parse(IntrospectionQuery.Text) });

        Assert.Empty(result.Errors);
        var actual = JsonNode.Parse(result.ToJson())!;

        // The spec leaves the order of __Schema.types to the implementation; the snapshot sorts them by name.
        var types = actual["data"]!["__schema"]!["types"]!.AsArray();
        var sorted = types.Select(t => t!.DeepClone()).OrderBy(t => (string?)t["name"], StringComparer.Ordinal).ToList();
        types.Clear();
        foreach (var type in sorted)
        {
            types.Add(type);
        }

        AssertSameJson(IntrospectionSnapshotTests.ExpectedSnapshot(), actual);
    }

    [Fact]
    public async Task Types_are_listed_in_graphql_js_order()
    {
        var schema = SchemaBuilder.FromDocument(Parser.Parse(File.ReadAllText(SnapshotPath("IntrospectionFixture.graphql"))));

        var result = await Executor.ExecuteAsync(schema, new ExecutionRequest { Document = Parser.Parse("{ __schema { types { name } } }") });

        var names = JsonNode.Parse(result.ToJson())!["data"]!["__schema"]!["types"]!.AsArray().Select(t => (string?)t!["name"]);
        Assert.Equal(
            [
                "DateTime", "JSON", "CacheScope", "Role", "Node", "ID", "Entity", "User", "String", "Int", "Float", "Bot", "Actor",
                "UserOrder", "Boolean", "UserOrderField", "Direction", "UserKey", "Filter", "Query", "Mutation", "Subscription",
                "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
            ],
            names);
    }

    [Fact]
    public async Task Type_meta_field_introspects_one_type_and_null_for_an_unknown_name()
    {
        var schema = SchemaBuilder.FromDocument(Parser.Parse("type Query { a: [Int!] }"));

        var result = await Executor.ExecuteAsync(schema, new ExecutionRequest
        {
            Document = Parser.Parse("""{ q: __type(name: "Query") { kind fields { type { kind ofType { kind name } } } } none: __type(name: "Nope") { name } }"""),
        });

        Assert.Equal(
            """{"data":{"q":{"kind":"OBJECT","fields":[{"type":{"kind":"LIST","ofType":{"kind":"NON_NULL","name":null}}}]},"none":null}}""",
            result.ToJson());
    }

    private static void AssertSameJson(JsonNode expected, JsonNode actual)
    {
        if (JsonNode.DeepEquals(expected, actual))
        {
            return;
        }

        // Point at the first type that differs so a failure reads in seconds, not minutes.
        var expectedTypes = expected["data"]!["__schema"]!["types"]!.AsArray();
        var actualTypes = actual["data"]!["__schema"]!["types"]!.AsArray();
        for (var i = 0; i < Math.Min(expectedTypes.Count, actualTypes.Count); i++)
        {
            Assert.True(
                JsonNode.DeepEquals(expectedTypes[i], actualTypes[i]),
                $"Type #{i} differs.\nExpected: {expectedTypes[i]!.ToJsonString()}\nActual:   {actualTypes[i]!.ToJsonString()}");
        }

        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
    }

    private static string SnapshotPath(string file, [CallerFilePath] string testFile = "") =>
        Path.Combine(Path.GetDirectoryName(testFile)!, "__snapshots__", file);
}
