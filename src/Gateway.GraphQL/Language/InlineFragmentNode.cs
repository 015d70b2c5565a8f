namespace Gateway.GraphQL.Language;

/// <summary>InlineFragment : ... TypeCondition? Directives? SelectionSet (Spec 2.8.2).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public InlineFragmentNode(NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
    {
        TypeCondition = typeCondition;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode SelectionSet { get; }
}
