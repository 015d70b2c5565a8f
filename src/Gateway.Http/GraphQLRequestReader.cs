using System.Text.Json;
using System.Text.Unicode;
using Gateway.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Gateway.Http;

/// <summary>
/// Reads request parameters from a POST body (<c>application/json</c>) or a GET query string, checking
/// each parameter's JSON type (draft "Request Parameters": <c>query</c> a string, <c>operationName</c> a
/// string or null, <c>variables</c> and <c>extensions</c> maps or null). Anything else is a 400 with a
/// message that names the parameter.
/// </summary>
public static class GraphQLRequestReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    /// <summary>
    /// The operations of a POST body: one for an object, several for an array when batching is on;
    /// <paramref name="isBatch"/> tells an array of one from an object.
    /// </summary>
    public static IReadOnlyList<GraphQLRequest> ReadBody(ReadOnlySpan<byte> body, bool allowBatching, int maxBatchSize, out bool isBatch)
    {
        isBatch = false;
        // Draft "JSON Encoding": the body is UTF-8. Checked up front so invalid bytes get a precise error
        // rather than a transcoding failure in the middle of a string.
        if (!Utf8.IsValid(body))
        {
            throw GraphQLRequestException.BadRequest(
                "The request body is not valid UTF-8; send the JSON body encoded as UTF-8.");
        }

        if (body.IsEmpty)
        {
            throw GraphQLRequestException.BadRequest(
                "The request body is empty; send a JSON object such as {\"query\": \"{ __typename }\"}.");
        }

        var reader = new Utf8JsonReader(body, ReaderOptions);
        try
        {
            reader.Read();
            IReadOnlyList<GraphQLRequest> requests;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    requests = [ReadObject(ref reader, "The request body")];
                    break;
                case JsonTokenType.StartArray when !allowBatching:
                    throw GraphQLRequestException.BadRequest(
                        "Batched requests (a JSON array body) are disabled on this endpoint; send one JSON object per request, or enable batching (GraphQL:AllowBatching).");
                case JsonTokenType.StartArray:
                    isBatch = true;
                    var batch = new List<GraphQLRequest>();
                    requests = batch;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            throw GraphQLRequestException.BadRequest(
                                $"Batch entry {batch.Count} must be a JSON object with a query, not {Describe(reader.TokenType)}.");
                        }

                        if (batch.Count == maxBatchSize)
                        {
                            throw GraphQLRequestException.BadRequest(
                                $"The batch has more than {maxBatchSize} operations (GraphQL:MaxBatchSize); split it into smaller batches.");
                        }

                        batch.Add(ReadObject(ref reader, $"Batch entry {batch.Count}"));
                    }

                    if (batch.Count == 0)
                    {
                        throw GraphQLRequestException.BadRequest("The batch is empty; send at least one operation.");
                    }

                    break;
                default:
                    throw GraphQLRequestException.BadRequest(
                        $"The request body must be a JSON object with a query, not {Describe(reader.TokenType)}.");
            }

            if (reader.Read())
            {
                throw GraphQLRequestException.BadRequest("The request body has data after its JSON value; send exactly one JSON value.");
            }

            return requests;
        }
        catch (JsonException error)
        {
            throw GraphQLRequestException.BadRequest($"The request body is not valid JSON: {error.Message}");
        }
    }

    /// <summary>
    /// Draft "GET": parameters are URL query parameters; <c>variables</c> and <c>extensions</c> are
    /// JSON-encoded strings, and an empty value means the parameter is absent.
    /// </summary>
    public static GraphQLRequest ReadQueryString(IQueryCollection parameters)
    {
        var query = Single(parameters, "query");
        var operationName = Single(parameters, "operationName");
        IReadOnlyDictionary<string, object?>? variables = null;
        if (Single(parameters, "variables") is { } variablesText)
        {
            var element = ParseParameter(variablesText, "variables");
            variables = element is { } value ? JsonValues.VariablesFromJsonElement(value) : null;
        }

        JsonElement? extensions = null;
        if (Single(parameters, "extensions") is { } extensionsText)
        {
            extensions = ParseParameter(extensionsText, "extensions");
        }

        return new GraphQLRequest(query, operationName, variables, extensions);
    }

    private static GraphQLRequest ReadObject(ref Utf8JsonReader reader, string subject)
    {
        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        JsonElement? extensions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Names compared as UTF-8 bytes (escapes decoded), without allocating a string per property.
            var parameter = reader.ValueTextEquals("query"u8) ? Parameter.Query
                : reader.ValueTextEquals("operationName"u8) ? Parameter.OperationName
                : reader.ValueTextEquals("variables"u8) ? Parameter.Variables
                : reader.ValueTextEquals("extensions"u8) ? Parameter.Extensions
                : Parameter.Unknown;
            reader.Read();
            switch (parameter)
            {
                case Parameter.Query:
                    query = ReadString(ref reader, subject, "query");
                    break;
                case Parameter.OperationName:
                    operationName = ReadString(ref reader, subject, "operationName");
                    break;
                case Parameter.Variables:
                    var variablesValue = ReadMap(ref reader, subject, "variables");
                    variables = variablesValue is { } map ? JsonValues.VariablesFromJsonElement(map) : null;
                    break;
                case Parameter.Extensions:
                    extensions = ReadMap(ref reader, subject, "extensions");
                    break;
                default:
                    // Draft "Request Parameters": unknown entries are ignored, not rejected.
                    reader.Skip();
                    break;
            }
        }

        return new GraphQLRequest(query, operationName, variables, extensions);
    }

    private static string? ReadString(ref Utf8JsonReader reader, string subject, string parameter) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw GraphQLRequestException.BadRequest(
            $"{subject}: the {parameter} parameter must be a string, not {Describe(reader.TokenType)}."),
    };

    private static JsonElement? ReadMap(ref Utf8JsonReader reader, string subject, string parameter) => reader.TokenType switch
    {
        JsonTokenType.StartObject => JsonElement.ParseValue(ref reader),
        JsonTokenType.Null => null,
        _ => throw GraphQLRequestException.BadRequest(
            $"{subject}: the {parameter} parameter must be a JSON object (a map), not {Describe(reader.TokenType)}."),
    };

    private static string? Single(IQueryCollection parameters, string name)
    {
        if (!parameters.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            throw GraphQLRequestException.BadRequest($"The {name} parameter appears {values.Count} times in the URL; send it once.");
        }

        return string.IsNullOrEmpty(values[0]) ? null : values[0];
    }

    private static JsonElement? ParseParameter(string text, string parameter)
    {
        JsonElement element;
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            element = json.RootElement.Clone();
        }
        catch (JsonException error)
        {
            throw GraphQLRequestException.BadRequest($"The {parameter} URL parameter is not valid JSON: {error.Message}");
        }

        return element.ValueKind switch
        {
            JsonValueKind.Object => element,
            JsonValueKind.Null => null,
            _ => throw GraphQLRequestException.BadRequest(
                $"The {parameter} URL parameter must be a JSON object (a map), not {element.ValueKind.ToString().ToLowerInvariant()}."),
        };
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    private enum Parameter
    {
        Unknown,
        Query,
        OperationName,
        Variables,
        Extensions,
    }
}
