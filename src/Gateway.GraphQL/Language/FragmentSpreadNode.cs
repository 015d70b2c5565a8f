namespace Gateway.GraphQL.Language;

/// <summary>FragmentSpread : ... FragmentName Directives? (Spec 2.8).</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    // Null when the parser found no directives (the common case): one reference store and its GC write
    // barrier fewer per spread.
    private readonly IReadOnlyList<DirectiveNode>? _directives;

    public FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives)
    {
        Name = name;
        _directives = directives;
    }

    private FragmentSpreadNode(NameNode name, DirectiveNode[]? directives)
    {
        Name = name;
        if (directives is not null)
        {
            _directives = directives;
        }
    }

    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives => _directives ?? [];

    /// <summary>The parser's constructor: absent directives are null and cost no store.</summary>
    internal static FragmentSpreadNode FromParts(NameNode name, DirectiveNode[]? directives) => new(name, directives);
}
