namespace Gateway.Catalog.Documents.Nodes;

/// <summary>A YAML sequence or JSON array.</summary>
public sealed class SequenceNode : DocumentNode
{
    public SequenceNode(SourcePosition position, IReadOnlyList<DocumentNode> items)
        : base(position)
    {
        Items = items;
    }

    public IReadOnlyList<DocumentNode> Items { get; }

    public override string Describe() => "a list";
}
