namespace Gateway.GraphQL.Language;

/// <summary>A name: /[_A-Za-z][_0-9A-Za-z]*/ (Spec 2.1.9 Names).</summary>
/// <remarks>
/// A value held inside the node that owns it, not a node of its own: a third of the nodes of a typical
/// operation are names, and as separate objects they cost an allocation, a pointer to follow on every read
/// and GC work for every field, argument and type reference. The location is kept as four ints, line 0
/// meaning "none", as <see cref="SyntaxNode"/> keeps its own.
/// </remarks>
public readonly record struct NameNode
{
    private readonly int _start;
    private readonly int _end;
    private readonly int _line;
    private readonly int _column;

    public NameNode(string value)
    {
        Value = value;
    }

    /// <summary>The parser's constructor: the value and its location in one step.</summary>
    internal NameNode(string value, int start, int end, int line, int column)
    {
        Value = value;
        _start = start;
        _end = end;
        _line = line;
        _column = column;
    }

    public SyntaxKind Kind => SyntaxKind.Name;

    public string Value { get; }

    public Location? Location
    {
        get => _line == 0 ? null : new Location(_start, _end, _line, _column);
        init
        {
            if (value is { } location && location.Line > 0)
            {
                _start = location.Start;
                _end = location.End;
                _line = location.Line;
                _column = location.Column;
            }
        }
    }

    public override string ToString() => Value;
}
