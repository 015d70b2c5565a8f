namespace Gateway.GraphQL.Language;

/// <summary>FragmentSpread : ... FragmentName Directives? (Spec 2.8).</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives)
    {
        Name = name;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }
}
