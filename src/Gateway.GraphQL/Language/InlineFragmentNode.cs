namespace Gateway.GraphQL.Language;

/// <summary>InlineFragment : ... TypeCondition? Directives? SelectionSet (Spec 2.8.2).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    // Null when the parser found no directives (the common case): one reference store and its GC write
    // barrier fewer per inline fragment.
    private readonly IReadOnlyList<DirectiveNode>? _directives;

    public InlineFragmentNode(NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
    {
        TypeCondition = typeCondition;
        _directives = directives;
        SelectionSet = selectionSet;
    }

    private InlineFragmentNode(NamedTypeNode? typeCondition, SelectionSetNode selectionSet, DirectiveNode[]? directives)
    {
        if (typeCondition is not null)
        {
            TypeCondition = typeCondition;
        }

        if (directives is not null)
        {
            _directives = directives;
        }

        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; }

    public override IReadOnlyList<DirectiveNode> Directives => _directives ?? [];

    public SelectionSetNode SelectionSet { get; }

    /// <summary>The parser's constructor: absent parts are null and cost no store.</summary>
    internal static InlineFragmentNode FromParts(NamedTypeNode? typeCondition, DirectiveNode[]? directives, SelectionSetNode selectionSet) =>
        new(typeCondition, selectionSet, directives);
}
