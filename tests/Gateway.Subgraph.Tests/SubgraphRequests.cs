using System.Text.Json;
using Gateway.GraphQL.Execution;

namespace Gateway.Subgraph.Tests;

/// <summary>Runs operations against a built subgraph in-process, as its HTTP endpoint would.</summary>
internal static class SubgraphRequests
{
    public static async Task<JsonElement> ExecuteAsync(this Subgraph subgraph, string query, object? variables = null)
    {
        IReadOnlyDictionary<string, object?>? values = null;
        if (variables is not null)
        {
            // The variables go through JSON, as a gateway sends them.
            using var json = JsonDocument.Parse(JsonSerializer.Serialize(variables));
            values = JsonValues.VariablesFromJsonElement(json.RootElement);
        }

        var result = await new RequestExecutor(subgraph.Schema).ExecuteAsync(query, variables: values);
        using var document = JsonDocument.Parse(result.ToJson());
        return document.RootElement.Clone();
    }

    /// <summary>Sends <c>_entities</c> with the representations as a variable and the given selections on the entities.</summary>
    public static Task<JsonElement> EntitiesAsync(this Subgraph subgraph, string selections, params object[] representations) =>
        subgraph.ExecuteAsync(
            $"query ($representations: [_Any!]!) {{ _entities(representations: $representations) {{ {selections} }} }}",
            new { representations });

    public static string Compact(this JsonElement element) => JsonSerializer.Serialize(element);
}
