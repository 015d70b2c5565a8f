namespace Gateway.Catalog.Documents.Nodes;

/// <summary>A 1-based line and column in a document's text, the form editors and terminals link to.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
