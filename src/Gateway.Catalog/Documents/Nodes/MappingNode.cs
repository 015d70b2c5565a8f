namespace Gateway.Catalog.Documents.Nodes;

/// <summary>A YAML mapping or JSON object; entries keep the document's order and the position of each key.</summary>
public sealed class MappingNode : DocumentNode
{
    public MappingNode(SourcePosition position, IReadOnlyList<MappingEntry> entries)
        : base(position)
    {
        Entries = entries;
    }

    public IReadOnlyList<MappingEntry> Entries { get; }

    public DocumentNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    public override string Describe() => "a mapping";
}
