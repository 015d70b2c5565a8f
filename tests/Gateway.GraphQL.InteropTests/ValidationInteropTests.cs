using System.Text;
using System.Text.Json;
using Gateway.LocalGraphQL;

namespace Gateway.GraphQL.InteropTests;

/// <summary>
/// Spec 5 Validation, differentially: for every validation case of the corpus, our parser and validator
/// must reach graphql-js's verdict with errors at the same locations, worded the same. Cases marked
/// <c>specDiffers</c> are held to their <c>specExpected</c> answer (locations only) instead.
/// </summary>
[Collection(OracleCollection.Name)]
public sealed class ValidationInteropTests(GraphQLJsOracle oracle)
{
    public static TheoryData<string> Cases => Corpus.Ids("validate");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Errors_are_located_where_graphql_js_locates_them(string caseId)
    {
        var corpusCase = Corpus.Get(caseId);
        var graphqlJs = oracle.Answer(caseId);
        var expected = corpusCase.SpecExpected ?? graphqlJs;

        var errors = DocumentRunner.Validate(Corpus.Schema(corpusCase.SchemaFile), corpusCase.Document);

        var expectedLocations = new List<string>();
        foreach (var error in expected.GetProperty("errors").EnumerateArray())
        {
            expectedLocations.Add(LocationList(error));
        }

        var actualLocations = new List<string>();
        foreach (var error in errors)
        {
            actualLocations.Add(string.Join(' ', error.Locations.Select(l => $"{l.Line}:{l.Column}")));
        }

        expectedLocations.Sort(StringComparer.Ordinal);
        actualLocations.Sort(StringComparer.Ordinal);
        Assert.True(
            expectedLocations.SequenceEqual(actualLocations, StringComparer.Ordinal),
            Describe(corpusCase, graphqlJs, errors));
    }

    /// <summary>
    /// The same errors word for word (as a multiset), so messages cannot drift from the reference
    /// implementation's. Cases held to the spec carry no expected messages and are left out.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Messages_are_worded_as_graphql_js_words_them(string caseId)
    {
        var corpusCase = Corpus.Get(caseId);
        if (corpusCase.SpecDiffers is not null)
        {
            return;
        }

        var graphqlJs = oracle.Answer(caseId);
        var errors = DocumentRunner.Validate(Corpus.Schema(corpusCase.SchemaFile), corpusCase.Document);

        var expected = new List<string>();
        foreach (var error in graphqlJs.GetProperty("errors").EnumerateArray())
        {
            expected.Add(error.GetProperty("message").GetString()!);
        }

        var actual = errors.Select(e => e.Message).ToList();
        expected.Sort(StringComparer.Ordinal);
        actual.Sort(StringComparer.Ordinal);
        Assert.True(expected.SequenceEqual(actual, StringComparer.Ordinal), Describe(corpusCase, graphqlJs, errors));
    }

    private static string LocationList(JsonElement error)
    {
        var parts = new List<string>();
        if (error.TryGetProperty("locations", out var locations))
        {
            foreach (var location in locations.EnumerateArray())
            {
                parts.Add($"{location.GetProperty("line").GetInt32()}:{location.GetProperty("column").GetInt32()}");
            }
        }

        return string.Join(' ', parts);
    }

    private string Describe(CorpusCase corpusCase, JsonElement graphqlJs, IReadOnlyList<GraphQLError> errors)
    {
        var text = new StringBuilder();
        text.AppendLine($"{corpusCase.Id} ({corpusCase.SchemaFile}):").AppendLine(corpusCase.Document);
        if (corpusCase.SpecDiffers is { } reason)
        {
            text.AppendLine($"Held to the spec, not graphql-js: {reason}");
            text.AppendLine($"spec expects: {corpusCase.SpecExpected}");
        }

        text.AppendLine($"graphql-js {oracle.Version}:");
        foreach (var error in graphqlJs.GetProperty("errors").EnumerateArray())
        {
            text.AppendLine($"  [{LocationList(error)}] {error.GetProperty("message").GetString()}");
        }

        text.AppendLine("ours:");
        foreach (var error in errors)
        {
            text.AppendLine($"  [{string.Join(' ', error.Locations.Select(l => $"{l.Line}:{l.Column}"))}] {error.Message}");
        }

        return text.ToString();
    }
}
