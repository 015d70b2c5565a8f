namespace Gateway.Catalog.Documents;

/// <summary>How a document is written. JSON is read by a strict JSON reader, not as YAML, so JSON-only input errors stay JSON errors.</summary>
public enum DocumentFormat
{
    Yaml,
    Json,
}
