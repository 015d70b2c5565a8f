namespace Gateway.Catalog.Documents.Nodes;

/// <summary>
/// One value of a YAML or JSON document with the place it starts, so every validation error can say
/// where it is. YAML and JSON read into the same tree; the typed readers never see which it was.
/// </summary>
public abstract class DocumentNode
{
    protected DocumentNode(SourcePosition position)
    {
        Position = position;
    }

    public SourcePosition Position { get; }

    /// <summary>How the node is named in messages: <c>a mapping</c>, <c>a list</c>, <c>a string</c>...</summary>
    public abstract string Describe();
}
