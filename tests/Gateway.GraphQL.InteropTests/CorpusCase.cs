using System.Text.Json;

namespace Gateway.GraphQL.InteropTests;

/// <summary>
/// One document of the differential corpus (<c>tests/Interop/corpus/*.json</c>). <see cref="Id"/> is
/// <c>group/name</c>, the key of graphql-js's answer in the oracle output.
/// </summary>
public sealed record CorpusCase(
    string Id,
    string Kind,
    string SchemaFile,
    string Document,
    JsonElement? Variables,
    JsonElement? Root,
    string? OperationName,
    string? SpecDiffers,
    JsonElement? SpecExpected)
{
    public bool IsExecution => Kind == "execute";
}
