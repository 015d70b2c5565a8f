using System.Text.Json.Nodes;
using Gateway.Catalog.Documents.Nodes;

namespace Gateway.Catalog.Documents;

/// <summary>ODCS v3.1 / ODPS v1.0 <c>customProperties[]</c>: a key, any value, an optional description.</summary>
public sealed record CustomProperty(string Property, JsonNode? Value, string? Description, SourcePosition Position);
