namespace Gateway.Catalog.Documents;

/// <summary>A document cannot be read into a tree at all; carries the one diagnostic that says why.</summary>
internal sealed class DocumentSyntaxException : Exception
{
    public DocumentSyntaxException(DocumentDiagnostic diagnostic)
        : base(diagnostic.ToString())
    {
        Diagnostic = diagnostic;
    }

    public DocumentDiagnostic Diagnostic { get; }
}
