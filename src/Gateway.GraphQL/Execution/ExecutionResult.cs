using System.Text;
using System.Text.Json;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The response of a request (Spec 7.1): <see cref="Data"/> and <see cref="Errors"/>. Data is a
/// <see cref="ResultMap"/> in response-name order, or null when null propagated to the root;
/// <see cref="HasData"/> is false when a request error stopped the request before execution.
/// </summary>
public sealed class ExecutionResult
{
    public ExecutionResult(object? data, IReadOnlyList<GraphQLError> errors, bool hasData = true)
    {
        Data = data;
        Errors = errors;
        HasData = hasData;
    }

    public object? Data { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>False when the response has no <c>data</c> entry at all (Spec 7.1.1: a request error happened).</summary>
    public bool HasData { get; }

    /// <summary>A result with only request errors and no data entry.</summary>
    public static ExecutionResult FromRequestErrors(IReadOnlyList<GraphQLError> errors) => new(null, errors, hasData: false);

    /// <summary>Writes <c>{"errors":[...],"data":...}</c>, errors first when present, like graphql-js.</summary>
    public void WriteTo(Utf8JsonWriter writer) => ResultJsonWriter.WriteResult(writer, this);

    public string ToJson()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
