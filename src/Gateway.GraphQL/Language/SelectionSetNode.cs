namespace Gateway.GraphQL.Language;

/// <summary>SelectionSet : { Selection+ } (Spec 2.4).</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    public SelectionSetNode(IReadOnlyList<SelectionNode> selections)
    {
        Selections = selections;
    }

    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get; }
}
