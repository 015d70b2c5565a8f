using Gateway.Catalog.Documents.Nodes;

namespace Gateway.Catalog.Documents;

/// <summary>
/// One finding about a document: the file, where in it, the path of the value (<c>schema[0].properties[2].classification</c>),
/// the rule it breaks (a stable identifier for tooling) and a message that says how to fix it.
/// </summary>
public sealed record DocumentDiagnostic(
    string File,
    SourcePosition Position,
    string Path,
    string Rule,
    string Message,
    DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    /// <summary><c>contract.yaml:14:7 schema[0].properties[2].classification: must be one of ...</c></summary>
    public override string ToString()
    {
        var where = $"{File}:{Position.Line}:{Position.Column}";
        var severity = Severity == DiagnosticSeverity.Warning ? "warning: " : "";
        return Path.Length == 0
            ? $"{where} {severity}{Message} [{Rule}]"
            : $"{where} {Path}: {severity}{Message} [{Rule}]";
    }
}
