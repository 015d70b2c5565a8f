namespace Gateway.GraphQL.Language;

/// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (Spec 2.5).</summary>
public sealed class FieldNode : SelectionNode
{
    public FieldNode(NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, SelectionSetNode? selectionSet)
    {
        Alias = alias;
        Name = name;
        Arguments = arguments;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias { get; }

    public NameNode Name { get; }

    public IReadOnlyList<ArgumentNode> Arguments { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode? SelectionSet { get; }

    /// <summary>The key of this field in the response: its alias, or else its name (Spec 2.7).</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;
}
