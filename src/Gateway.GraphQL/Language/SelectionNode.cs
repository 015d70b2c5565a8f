namespace Gateway.GraphQL.Language;

/// <summary>Selection : Field | FragmentSpread | InlineFragment (Spec 2.4).</summary>
public abstract class SelectionNode : SyntaxNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
