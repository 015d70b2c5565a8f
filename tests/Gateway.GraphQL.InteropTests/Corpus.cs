using System.Collections.Concurrent;
using System.Text.Json;
using Gateway.GraphQL.Types;
using Gateway.LocalGraphQL;

namespace Gateway.GraphQL.InteropTests;

/// <summary>
/// The corpus as read from disk: every case by id, and every schema built once with the JSON data
/// resolvers (the convention the oracle's graphql-js default resolvers follow).
/// </summary>
public static class Corpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, CorpusCase>> Cases = new(Load);
    private static readonly ConcurrentDictionary<string, Lazy<Schema>> Schemas = new(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, CorpusCase> All => Cases.Value;

    public static CorpusCase Get(string id) => All[id];

    public static TheoryData<string> Ids(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var (id, corpusCase) in All)
        {
            if (corpusCase.Kind == kind)
            {
                data.Add(id);
            }
        }

        return data;
    }

    public static Schema Schema(string file) =>
        Schemas.GetOrAdd(file, static name => new Lazy<Schema>(() =>
            DocumentRunner.BuildSchema(File.ReadAllText(Path.Combine(InteropDirectory.Corpus, "schemas", name))))).Value;

    private static Dictionary<string, CorpusCase> Load()
    {
        var cases = new Dictionary<string, CorpusCase>(StringComparer.Ordinal);
        var files = Directory.GetFiles(InteropDirectory.Corpus, "*.json");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var group = Path.GetFileNameWithoutExtension(file);
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            var groupSchema = root.GetProperty("schema").GetString()!;
            JsonElement? groupData = root.TryGetProperty("root", out var data) ? data.Clone() : null;
            foreach (var item in root.GetProperty("cases").EnumerateArray())
            {
                var id = $"{group}/{item.GetProperty("name").GetString()}";
                cases.Add(id, new CorpusCase(
                    id,
                    item.GetProperty("kind").GetString()!,
                    item.TryGetProperty("schema", out var schema) ? schema.GetString()! : groupSchema,
                    DocumentText(item.GetProperty("document")),
                    Optional(item, "variables"),
                    Optional(item, "root") ?? groupData,
                    item.TryGetProperty("operationName", out var operation) ? operation.GetString() : null,
                    item.TryGetProperty("specDiffers", out var differs) ? differs.GetString() : null,
                    Optional(item, "specExpected")));
            }
        }

        return cases;
    }

    /// <summary>A document is one string, or an array of lines (easier to read in JSON) joined by newlines.</summary>
    private static string DocumentText(JsonElement document)
    {
        if (document.ValueKind == JsonValueKind.String)
        {
            return document.GetString()!;
        }

        var lines = new List<string>();
        foreach (var line in document.EnumerateArray())
        {
            lines.Add(line.GetString()!);
        }

        return string.Join('\n', lines);
    }

    private static JsonElement? Optional(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.Clone() : null;
}
