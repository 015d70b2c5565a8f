using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>
/// Reads the schema coordinate grammar (Spec 3.15) character by character. Unlike documents, a coordinate
/// admits no ignored tokens, so whitespace, commas and comments are errors rather than skipped.
/// </summary>
internal ref struct SchemaCoordinateReader
{
    private readonly string _source;
    private int _position;

    public SchemaCoordinateReader(string source)
    {
        _source = source;
    }

    /// <summary>SchemaCoordinate : TypeCoordinate | MemberCoordinate | ArgumentCoordinate | DirectiveCoordinate | DirectiveArgumentCoordinate.</summary>
    public SchemaCoordinateNode Read()
    {
        var ofDirective = Optional('@');
        var name = ReadName();
        NameNode? member = null;
        NameNode? argument = null;
        if (!ofDirective && Optional('.'))
        {
            member = ReadName();
        }

        if ((ofDirective || member is not null) && Optional('('))
        {
            argument = ReadName();
            Expect(':');
            Expect(')');
        }

        if (_position < _source.Length)
        {
            ThrowUnexpected();
        }

        return new SchemaCoordinateNode(ofDirective, name, member, argument)
        {
            Location = new Location(0, Encoding.UTF8.GetByteCount(_source), 1, 1),
        };
    }

    /// <summary>Name :: NameStart NameContinue* (Spec 2.1.9).</summary>
    private NameNode ReadName()
    {
        var start = _position;
        if (_position >= _source.Length || !IsNameStart(_source[_position]))
        {
            var found = _position >= _source.Length ? "<EOF>" : Describe(_source[_position]);
            SyntaxErrors.ThrowAt(1, _position + 1, $"Expected Name, found {found}.");
        }

        _position++;
        while (_position < _source.Length && (IsNameStart(_source[_position]) || char.IsAsciiDigit(_source[_position])))
        {
            _position++;
        }

        return new NameNode(_source[start.._position])
        {
            Location = new Location(start, _position, 1, start + 1),
        };
    }

    private bool Optional(char c)
    {
        if (_position < _source.Length && _source[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!Optional(c))
        {
            var found = _position >= _source.Length ? "<EOF>" : Describe(_source[_position]);
            SyntaxErrors.ThrowAt(1, _position + 1, $"Expected \"{c}\", found {found}.");
        }
    }

    private readonly void ThrowUnexpected() =>
        SyntaxErrors.ThrowAt(1, _position + 1, $"Unexpected {Describe(_source[_position])}.");

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static string Describe(char c) =>
        c >= 0x20 && c <= 0x7E ? $"\"{c}\"" : $"U+{(int)c:X4}";
}
