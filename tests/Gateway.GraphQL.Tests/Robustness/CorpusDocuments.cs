using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Robustness;

/// <summary>
/// The interop corpus (<c>tests/Interop/corpus</c>) as seeds for robustness tests: each document with the
/// schema it runs against and the JSON root data of its group, every schema built once.
/// </summary>
internal static class CorpusDocuments
{
    private static readonly Lazy<IReadOnlyList<Seed>> Loaded = new(Load);

    public static IReadOnlyList<Seed> All => Loaded.Value;

    public static string Directory { get; } = FindCorpus();

    private static List<Seed> Load()
    {
        var schemas = new Dictionary<string, Schema>(StringComparer.Ordinal);
        var seeds = new List<Seed>();
        var files = System.IO.Directory.GetFiles(Directory, "*.json");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            var groupSchema = root.GetProperty("schema").GetString()!;
            var groupData = root.TryGetProperty("root", out var data) ? JsonValues.FromJsonElement(data) : null;
            foreach (var item in root.GetProperty("cases").EnumerateArray())
            {
                var schemaFile = item.TryGetProperty("schema", out var schema) ? schema.GetString()! : groupSchema;
                if (!schemas.TryGetValue(schemaFile, out var built))
                {
                    built = SchemaBuilder.FromSdl(File.ReadAllText(Path.Combine(Directory, "schemas", schemaFile)));
                    schemas.Add(schemaFile, built);
                }

                var rootData = item.TryGetProperty("root", out var caseData) ? JsonValues.FromJsonElement(caseData) : groupData;
                seeds.Add(new Seed(built, DocumentText(item.GetProperty("document")), rootData));
            }
        }

        return seeds;
    }

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

    private static string FindCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Interop", "corpus");
            if (System.IO.Directory.Exists(Path.Combine(candidate, "schemas")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/Interop/corpus was not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>A corpus document, the schema it was written for, and the root value its group runs on.</summary>
    public sealed record Seed(Schema Schema, string Document, object? RootData);
}
