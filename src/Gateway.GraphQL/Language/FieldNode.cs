namespace Gateway.GraphQL.Language;

/// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (Spec 2.5).</summary>
public sealed class FieldNode : SelectionNode
{
    // The field's first token is its alias, or else its name, so that one's location is derived from the
    // field's own (see NameAtStart). Only a name after an alias has a location of its own, kept with the alias
    // so that the many fields without one stay 16 bytes smaller.
    private readonly AliasAndName? _alias;
    private readonly string _name;

    // Most fields of a document have no arguments and no directives. The parser leaves these fields null
    // instead of storing shared empty lists: a store skipped is a GC write barrier skipped, on the most
    // common node of every document.
    private readonly IReadOnlyList<ArgumentNode>? _arguments;
    private readonly IReadOnlyList<DirectiveNode>? _directives;

    public FieldNode(NameNode? alias, NameNode name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives, SelectionSetNode? selectionSet)
    {
        _name = name.Value;
        if (alias is { } aliasName)
        {
            _alias = name.Location is { } location
                ? new AliasAndName(aliasName.Value, location.Start, location.Line, location.Column)
                : new AliasAndName(aliasName.Value, 0, 0, 0);
        }

        _arguments = arguments;
        _directives = directives;
        SelectionSet = selectionSet;
    }

    private FieldNode(string name, SelectionSetNode? selectionSet, ArgumentNode[]? arguments, DirectiveNode[]? directives)
    {
        _name = name;
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

    private FieldNode(string alias, string name, int nameStart, int nameLine, int nameColumn, ArgumentNode[]? arguments, DirectiveNode[]? directives, SelectionSetNode? selectionSet)
        : this(name, selectionSet, arguments, directives)
    {
        _alias = new AliasAndName(alias, nameStart, nameLine, nameColumn);
    }

    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias => _alias is null ? null : NameAtStart(_alias.Alias);

    public NameNode Name => _alias is null ? NameAtStart(_name) : _alias.NameAfter(_name);

    public IReadOnlyList<ArgumentNode> Arguments => _arguments ?? [];

    public override IReadOnlyList<DirectiveNode> Directives => _directives ?? [];

    public SelectionSetNode? SelectionSet { get; }

    /// <summary>The key of this field in the response: its alias, or else its name (Spec 2.7).</summary>
    public string ResponseName => _alias?.Alias ?? _name;

    /// <summary>The parser's constructor for a field without an alias: absent parts are null and cost no store.</summary>
    internal static FieldNode FromParts(string name, ArgumentNode[]? arguments, DirectiveNode[]? directives, SelectionSetNode? selectionSet) =>
        new(name, selectionSet, arguments, directives);

    /// <summary>The parser's constructor for an aliased field, which is rare enough to take its parts one by one.</summary>
    internal static FieldNode FromParts(string alias, string name, int nameStart, int nameLine, int nameColumn, ArgumentNode[]? arguments, DirectiveNode[]? directives, SelectionSetNode? selectionSet) =>
        new(alias, name, nameStart, nameLine, nameColumn, arguments, directives, selectionSet);

    /// <summary>An alias, and where the name after it was written (line 0: nowhere known).</summary>
    private sealed class AliasAndName(string alias, int nameStart, int nameLine, int nameColumn)
    {
        public string Alias { get; } = alias;

        public NameNode NameAfter(string name) =>
            nameLine == 0 ? new NameNode(name) : new NameNode(name, nameStart, nameStart + name.Length, nameLine, nameColumn);
    }
}
