using System.Text.Json.Nodes;

namespace Gateway.Catalog.Documents.Contracts;

/// <summary>ODCS v3.1 <c>slaProperties[]</c>: a service level (<c>latency</c>, <c>availability</c>, <c>retention</c>...) and its value.</summary>
public sealed record SlaProperty(string Property, JsonNode? Value, string? Unit, string? Element, string? Driver, string? Description);
