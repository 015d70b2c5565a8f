using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.Search.Tests.Elasticsearch;

/// <summary>
/// Compares the requests a client sent with the checked-in snapshot __snapshots__/{name}.requests.json, structurally
/// (member order aside), and lists each difference by JSON path when they differ. After an intended change to the
/// requests, update the snapshots with <c>UPDATE_SNAPSHOTS=1 dotnet test tests/Gateway.Search.Tests</c> and review
/// the diff in git.
/// </summary>
public static class RequestSnapshot
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Match(string name, JsonArray actual)
    {
        var file = Path.Combine(RecordedElasticsearch.Folder(), "__snapshots__", name + ".requests.json");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(file, actual.ToJsonString(Indented) + "\n");
            return;
        }

        Assert.True(File.Exists(file), $"No snapshot {file}: run the tests with UPDATE_SNAPSHOTS=1 to write it, then review it.");
        var expected = JsonNode.Parse(File.ReadAllText(file));
        if (JsonNode.DeepEquals(expected, actual))
        {
            return;
        }

        Assert.Fail(
            $"The requests differ from the snapshot {file}:\n{Differences(expected, actual)}" +
            "If the change is intended, run the tests with UPDATE_SNAPSHOTS=1 and review the snapshot's diff.");
    }

    /// <summary>One line per difference: the JSON path, what the snapshot holds and what was sent.</summary>
    internal static string Differences(JsonNode? expected, JsonNode? actual)
    {
        var differences = new StringBuilder();
        Compare("$", expected, actual, differences);
        return differences.ToString();
    }

    private static void Compare(string path, JsonNode? expected, JsonNode? actual, StringBuilder differences)
    {
        switch (expected, actual)
        {
            case (JsonObject expectedObject, JsonObject actualObject):
                foreach (var (key, value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(key))
                    {
                        differences.Append($"  {path}.{key}: missing (expected {Text(value)})\n");
                    }
                    else
                    {
                        Compare($"{path}.{key}", value, actualObject[key], differences);
                    }
                }

                foreach (var (key, value) in actualObject)
                {
                    if (!expectedObject.ContainsKey(key))
                    {
                        differences.Append($"  {path}.{key}: unexpected {Text(value)}\n");
                    }
                }

                break;
            case (JsonArray expectedArray, JsonArray actualArray):
                for (var i = 0; i < Math.Max(expectedArray.Count, actualArray.Count); i++)
                {
                    if (i >= actualArray.Count)
                    {
                        differences.Append($"  {path}[{i}]: missing (expected {Text(expectedArray[i])})\n");
                    }
                    else if (i >= expectedArray.Count)
                    {
                        differences.Append($"  {path}[{i}]: unexpected {Text(actualArray[i])}\n");
                    }
                    else
                    {
                        Compare($"{path}[{i}]", expectedArray[i], actualArray[i], differences);
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    differences.Append($"  {path}: expected {Text(expected)}, got {Text(actual)}\n");
                }

                break;
        }
    }

    private static string Text(JsonNode? node)
    {
        var text = node?.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
        return text.Length > 200 ? text[..200] + "..." : text;
    }
}
