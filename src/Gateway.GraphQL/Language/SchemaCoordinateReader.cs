using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>
/// Reads the schema coordinate grammar (Spec 3.15) over its own tiny token set: Name and the punctuators
/// <c>. ( ) : @</c>. Unlike documents, a coordinate admits no ignored tokens, so whitespace, commas and
/// comments are invalid characters. Messages and columns follow graphql-js 16 parseSchemaCoordinate.
/// </summary>
internal ref struct SchemaCoordinateReader
{
    private const char NameToken = 'N';
    private const char EndToken = '\0';

    private readonly string _source;
    private char _kind;
    private int _start;
    private int _end;

    public SchemaCoordinateReader(string source)
    {
        _source = source;
        Advance();
    }

    /// <summary>
    /// SchemaCoordinate : TypeCoordinate | MemberCoordinate | ArgumentCoordinate | DirectiveCoordinate | DirectiveArgumentCoordinate.
    /// TypeCoordinate : Name. MemberCoordinate : Name . Name. ArgumentCoordinate : Name . Name ( Name : ).
    /// DirectiveCoordinate : @ Name. DirectiveArgumentCoordinate : @ Name ( Name : ).
    /// </summary>
    public SchemaCoordinateNode Read()
    {
        var ofDirective = Optional('@');
        var name = ExpectName();
        NameNode? member = null;
        NameNode? argument = null;
        if (!ofDirective && Optional('.'))
        {
            member = ExpectName();
        }

        if ((ofDirective || member is not null) && Optional('('))
        {
            argument = ExpectName();
            Expect(':');
            Expect(')');
        }

        Expect(EndToken);
        return new SchemaCoordinateNode(ofDirective, name, member, argument)
        {
            Location = new Location(0, Encoding.UTF8.GetByteCount(_source), 1, 1),
        };
    }

    private NameNode ExpectName()
    {
        if (_kind != NameToken)
        {
            ThrowExpected("Name");
        }

        var name = new NameNode(_source[_start.._end]) { Location = new Location(_start, _end, 1, _start + 1) };
        Advance();
        return name;
    }

    private bool Optional(char punctuator)
    {
        if (_kind != punctuator)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void Expect(char kind)
    {
        if (_kind != kind)
        {
            ThrowExpected(Describe(kind));
        }

        Advance();
    }

    /// <summary>Next token: Name :: NameStart NameContinue* (Spec 2.1.9) or one punctuator; nothing is ignored.</summary>
    private void Advance()
    {
        var position = _end;
        _start = position;
        if (position >= _source.Length)
        {
            _kind = EndToken;
            return;
        }

        var c = _source[position];
        if (c is '.' or '(' or ')' or ':' or '@')
        {
            _kind = c;
            _end = position + 1;
            return;
        }

        if (char.IsAsciiLetter(c) || c == '_')
        {
            position++;
            while (position < _source.Length && (char.IsAsciiLetterOrDigit(_source[position]) || _source[position] == '_'))
            {
                position++;
            }

            _kind = NameToken;
            _end = position;
            return;
        }

        var codePoint = char.IsSurrogatePair(_source, position) ? char.ConvertToUtf32(_source, position) : c;
        var description = codePoint >= 0x20 && codePoint <= 0x7E
            ? (c == '"' ? "'\"'" : $"\"{c}\"")
            : $"U+{codePoint:X4}";
        SyntaxErrors.ThrowAt(1, position + 1, $"Invalid character: {description}.");
    }

    private readonly void ThrowExpected(string expected)
    {
        var found = _kind == NameToken ? $"Name \"{_source[_start.._end]}\"" : Describe(_kind);
        SyntaxErrors.ThrowAt(1, _start + 1, $"Expected {expected}, found {found}.");
    }

    private static string Describe(char kind) => kind == EndToken ? "<EOF>" : $"\"{kind}\"";
}
