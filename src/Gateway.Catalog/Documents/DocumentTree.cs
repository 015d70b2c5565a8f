using Gateway.Catalog.Documents.Nodes;

namespace Gateway.Catalog.Documents;

/// <summary>The outcome of reading a document's syntax: its root, or the one diagnostic that made it unreadable.</summary>
public sealed record DocumentTree
{
    private DocumentTree(DocumentNode? root, DocumentDiagnostic? error)
    {
        Root = root;
        Error = error;
    }

    public DocumentNode? Root { get; }

    public DocumentDiagnostic? Error { get; }

    public static DocumentTree Succeeded(DocumentNode root) => new(root, null);

    public static DocumentTree Failed(DocumentDiagnostic error) => new(null, error);
}
