using System.Text;
using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.LocalGraphQL;

namespace Gateway.GraphQL.InteropTests;

/// <summary>
/// Spec 6 Execution, differentially: every execution case of the corpus runs over its JSON root data
/// here and in graphql-js; <c>data</c> (present or not, then value) must be identical and errors must
/// carry the same response paths and messages (cases held to the spec: data and paths only).
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class ExecutionInteropTests(GraphQLJsOracle oracle)
{
    public static TheoryData<string> Cases => Corpus.Ids("execute");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Data_and_error_paths_match_graphql_js(string caseId)
    {
        var corpusCase = Corpus.Get(caseId);
        var graphqlJs = oracle.Answer(caseId);
        var expected = corpusCase.SpecExpected ?? graphqlJs;

        var variables = corpusCase.Variables is { } variablesJson
            ? JsonValues.FromJsonElement(variablesJson) as IReadOnlyDictionary<string, object?>
            : null;
        var root = corpusCase.Root is { } rootJson
            ? JsonValues.FromJsonElement(rootJson)
            : new Dictionary<string, object?>();
        var response = await DocumentRunner.ExecuteAsync(
            Corpus.Schema(corpusCase.SchemaFile), corpusCase.Document, corpusCase.OperationName, variables, root, CancellationToken.None);

        using var actualJson = JsonDocument.Parse(response.Json);
        var actual = actualJson.RootElement;
        var sameData = expected.TryGetProperty("data", out var expectedData) == actual.TryGetProperty("data", out var actualData)
            && (expectedData.ValueKind == JsonValueKind.Undefined || JsonEquivalence.AreEqual(expectedData, actualData));
        var samePaths = ErrorPaths(expected).SequenceEqual(ErrorPaths(actual), StringComparer.Ordinal);

        Assert.True(sameData && samePaths, Describe(corpusCase, graphqlJs, response.Json));
    }

    /// <summary>Error messages word for word (as a multiset); cases held to the spec are left out.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Error_messages_are_worded_as_graphql_js_words_them(string caseId)
    {
        var corpusCase = Corpus.Get(caseId);
        if (corpusCase.SpecDiffers is not null)
        {
            return;
        }

        var graphqlJs = oracle.Answer(caseId);
        var variables = corpusCase.Variables is { } variablesJson
            ? JsonValues.FromJsonElement(variablesJson) as IReadOnlyDictionary<string, object?>
            : null;
        var root = corpusCase.Root is { } rootJson
            ? JsonValues.FromJsonElement(rootJson)
            : new Dictionary<string, object?>();
        var response = await DocumentRunner.ExecuteAsync(
            Corpus.Schema(corpusCase.SchemaFile), corpusCase.Document, corpusCase.OperationName, variables, root, CancellationToken.None);

        using var actualJson = JsonDocument.Parse(response.Json);
        Assert.True(
            ErrorMessages(graphqlJs).SequenceEqual(ErrorMessages(actualJson.RootElement), StringComparer.Ordinal),
            Describe(corpusCase, graphqlJs, response.Json));
    }

    private static List<string> ErrorMessages(JsonElement response)
    {
        var messages = new List<string>();
        if (response.TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray())
            {
                messages.Add(error.GetProperty("message").GetString()!);
            }
        }

        messages.Sort(StringComparer.Ordinal);
        return messages;
    }

    /// <summary>The errors' paths, sorted; an error without a path (a request error) counts as "-".</summary>
    private static List<string> ErrorPaths(JsonElement response)
    {
        var paths = new List<string>();
        if (response.TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray())
            {
                paths.Add(error.TryGetProperty("path", out var path) ? path.GetRawText() : "-");
            }
        }

        paths.Sort(StringComparer.Ordinal);
        return paths;
    }

    private string Describe(CorpusCase corpusCase, JsonElement graphqlJs, string ours)
    {
        var text = new StringBuilder();
        text.AppendLine($"{corpusCase.Id} ({corpusCase.SchemaFile}):").AppendLine(corpusCase.Document);
        if (corpusCase.Variables is { } variables)
        {
            text.AppendLine($"variables: {variables.GetRawText()}");
        }

        if (corpusCase.SpecDiffers is { } reason)
        {
            text.AppendLine($"Held to the spec, not graphql-js: {reason}");
            text.AppendLine($"spec expects: {corpusCase.SpecExpected}");
        }

        text.AppendLine($"graphql-js {oracle.Version}: {graphqlJs.GetRawText()}");
        text.AppendLine($"ours: {ours}");
        return text.ToString();
    }
}
