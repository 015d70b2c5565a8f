namespace Gateway.Catalog.Documents;

/// <summary>
/// An error rejects the document; a warning is reported and the document is still accepted (a field the
/// standard deprecates, a form it still allows but will remove).
/// </summary>
public enum DiagnosticSeverity
{
    Error,
    Warning,
}
