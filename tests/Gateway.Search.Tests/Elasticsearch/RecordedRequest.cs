using System.Text.Json.Nodes;

namespace Gateway.Search.Tests.Elasticsearch;

/// <summary>A request the client sent to <see cref="RecordedElasticsearch"/>: the raw body and, when JSON or NDJSON, the parsed one.</summary>
public sealed record RecordedRequest(string Method, string Path, string? ContentType, string? Authorization, string RawBody, JsonNode? Body);
