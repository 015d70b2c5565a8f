using System.Runtime.CompilerServices;

namespace Gateway.GraphQL.Language;

/// <summary>
/// Base of every AST node. Nodes are immutable; <see cref="Location"/> is absent when the parser was
/// asked for no locations or the node was built in code.
/// </summary>
public abstract class SyntaxNode
{
    // The location is kept as four ints, line 0 meaning "none" (lines start at 1): a Location? field would
    // add a flag and padding, eight more bytes on every node of every parsed document.
    private int _start;
    private int _end;
    private int _line;
    private int _column;

    public abstract SyntaxKind Kind { get; }

    /// <summary>The parser's way in: four stores, without building a <see cref="Language.Location"/> first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SetLocation(int start, int end, int line, int column)
    {
        _start = start;
        _end = end;
        _line = line;
        _column = column;
    }

    /// <summary>
    /// A name written as this node's first token (a field's name or alias, an argument's name, a named type),
    /// located from the node's own start: names are ASCII (Spec 2.1.9), so the name ends its length in bytes
    /// later. Such nodes keep only the name's text, not a second location.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected NameNode NameAtStart(string value) =>
        _line == 0 ? new NameNode(value) : new NameNode(value, _start, _start + value.Length, _line, _column);

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
}
