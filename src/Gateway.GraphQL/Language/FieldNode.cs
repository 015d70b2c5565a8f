namespace Gateway.GraphQL.Language;

/// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (Spec 2.5).</summary>
public sealed class FieldNode : SelectionNode
{
    // Most fields of a document have no arguments and no directives. The parser leaves these fields null
    // instead of storing shared empty lists: a store skipped is a GC write barrier skipped, on the most
    // common node of every document.
    private readonly IReadOnlyList<ArgumentNode>? _arguments;
    private readonly IReadOnlyList<DirectiveNode>? _directives;

    public FieldNode(NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, SelectionSetNode? selectionSet)
    {
        Alias = alias;
        Name = name;
        _arguments = arguments;
        _directives = directives;
        SelectionSet = selectionSet;
    }

    private FieldNode(NameNode? alias, NameNode name, SelectionSetNode? selectionSet, ArgumentNode[]? arguments, DirectiveNode[]? directives)
    {
        if (alias is not null)
        {
            Alias = alias;
        }

        Name = name;
        if (arguments is not null)
        {
            _arguments = arguments;
        }

        if (directives is not null)
        {
            _directives = directives;
        }

        if (selectionSet is not null)
        {
            SelectionSet = selectionSet;
        }
    }

    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias { get; }

    public NameNode Name { get; }

    public IReadOnlyList<ArgumentNode> Arguments => _arguments ?? [];

    public override IReadOnlyList<DirectiveNode> Directives => _directives ?? [];

    public SelectionSetNode? SelectionSet { get; }

    /// <summary>The key of this field in the response: its alias, or else its name (Spec 2.7).</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;

    /// <summary>The parser's constructor: absent parts are null and cost no store.</summary>
    internal static FieldNode FromParts(NameNode? alias, NameNode name, ArgumentNode[]? arguments, DirectiveNode[]? directives, SelectionSetNode? selectionSet) =>
        new(alias, name, selectionSet, arguments, directives);
}
