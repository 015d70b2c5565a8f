using System.Text.Json.Nodes;

namespace Gateway.Catalog.Documents.Contracts;

/// <summary>
/// ODCS v3.1 <c>quality[]</c>: a rule of type text, library (a <c>metric</c>), sql (a <c>query</c>) or
/// custom (an <c>engine</c> and its <c>implementation</c>), with at most one comparison operator.
/// </summary>
public sealed record QualityRule(
    string? Id,
    string? Name,
    string? Description,
    string Type,
    string? Dimension,
    string? Metric,
    string? Query,
    string? Engine,
    string? Severity,
    string? Unit,
    string? Operator,
    JsonNode? Threshold,
    string? Schedule);
