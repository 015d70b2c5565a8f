using System.Buffers;
using System.Text;

namespace Gateway.GraphQL.Language;

internal ref partial struct Utf8Lexer
{
    // Bytes a string can hold without further thought: ASCII except `"`, `\` and the line terminators.
    private static readonly SearchValues<byte> PlainStringBytes = SearchValues.Create(BuildPlainStringBytes());

    /// <summary>Plain string values up to this many bytes are interned (see <see cref="NameCache"/>).</summary>
    private const int InternedStringLength = 32;

    [ThreadStatic]
    private static StringBuilder? _escapeBuilder;

    /// <summary>
    /// StringValue :: `""` [lookahead != `"`] | `"` StringCharacter+ `"` (Spec 2.9.4).
    /// StringCharacter :: SourceCharacter but not `"` or `\` or LineTerminator | `\u` EscapedUnicode | `\` EscapedCharacter.
    /// EscapedUnicode :: `{` HexDigit+ `}` | HexDigit HexDigit HexDigit HexDigit.
    /// EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`.
    /// </summary>
    private void ReadString(int start)
    {
        var source = _source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? builder = null;
        var ascii = true;

        while (true)
        {
            var skip = source[position..].IndexOfAnyExcept(PlainStringBytes);
            if (skip < 0)
            {
                position = source.Length;
                break;
            }

            position += skip;
            var b = source[position];
            if (b == '"')
            {
                string value;
                if (builder is null && ascii && position - chunkStart <= InternedStringLength)
                {
                    // Short plain strings repeat in documents ("USD", cursors, ids): interned like names, a repeat
                    // costs no allocation. ASCII only, as the table decodes one byte to one char.
                    value = NameCache.Get(source[chunkStart..position]);
                }
                else if (builder is null)
                {
                    value = Encoding.UTF8.GetString(source[chunkStart..position]);
                }
                else
                {
                    AppendUtf8(builder, source[chunkStart..position]);
                    value = builder.ToString();
                }

                Kind = TokenKind.String;
                StringValue = value;
                End = position + 1;
                return;
            }

            if (b == '\\')
            {
                builder ??= RentEscapeBuilder();
                AppendUtf8(builder, source[chunkStart..position]);
                position = ReadEscape(builder, position);
                chunkStart = position;
                continue;
            }

            if (b == '\n' || b == '\r')
            {
                break;
            }

            // Non-ASCII: any Unicode scalar value (Spec 2.1.1 SourceCharacter).
            var codePoint = SourceText.DecodeAt(source, position, out var length);
            if (!SourceText.IsScalarValue(codePoint))
            {
                SyntaxErrors.Throw(source, position, $"Invalid character within String: {SourceText.DescribeCharacterAt(source, position)}.");
            }

            _lineHasNonAscii = true;
            ascii = false;
            position += length;
        }

        SyntaxErrors.Throw(source, position, "Unterminated string.");
    }

    /// <summary>One escape sequence at <paramref name="position"/> (a backslash); returns the position after it.</summary>
    private readonly int ReadEscape(StringBuilder builder, int position)
    {
        var source = _source;
        var next = position + 1 < source.Length ? source[position + 1] : -1;
        if (next == 'u')
        {
            return position + 2 < source.Length && source[position + 2] == '{'
                ? ReadEscapedUnicodeVariableWidth(builder, position)
                : ReadEscapedUnicodeFixedWidth(builder, position);
        }

        char escaped;
        switch (next)
        {
            case '"': escaped = '"'; break;
            case '\\': escaped = '\\'; break;
            case '/': escaped = '/'; break;
            case 'b': escaped = '\b'; break;
            case 'f': escaped = '\f'; break;
            case 'n': escaped = '\n'; break;
            case 'r': escaped = '\r'; break;
            case 't': escaped = '\t'; break;
            default:
                SyntaxErrors.Throw(source, position, $"Invalid character escape sequence: \"{SourceText.Slice(source, position, 2)}\".");
                return 0;
        }

        builder.Append(escaped);
        return position + 2;
    }

    /// <summary>
    /// EscapedUnicode :: `{` HexDigit+ `}`, whose value must be a Unicode scalar value (Spec 2.9.4).
    /// Reads at most eight hex digits, like graphql-js, so the message shows the same slice.
    /// </summary>
    private readonly int ReadEscapedUnicodeVariableWidth(StringBuilder builder, int position)
    {
        var source = _source;
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var index = position + size++;
            var code = index < source.Length ? source[index] : -1;
            if (code == '}')
            {
                if (size < 5 || !SourceText.IsScalarValue(point))
                {
                    break;
                }

                builder.Append(new Rune(point).ToString());
                return position + size;
            }

            // Shifting in int mirrors the reference: a value past 0x7FFFFFF turns negative and stops reading.
            point = (point << 4) | CharacterClasses.HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        SyntaxErrors.Throw(source, position, $"Invalid Unicode escape sequence: \"{SourceText.Slice(source, position, size)}\".");
        return 0;
    }

    /// <summary>
    /// EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit (Spec 2.9.4). A leading surrogate must be followed
    /// by an escaped trailing surrogate, forming one supplementary character ("\uD83D\uDE00").
    /// </summary>
    private readonly int ReadEscapedUnicodeFixedWidth(StringBuilder builder, int position)
    {
        var source = _source;
        var code = Read16BitHex(position + 2);
        if (SourceText.IsScalarValue(code))
        {
            builder.Append((char)code);
            return position + 6;
        }

        if (code >= 0xD800 && code <= 0xDBFF
            && position + 7 < source.Length && source[position + 6] == '\\' && source[position + 7] == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                builder.Append((char)code).Append((char)trailing);
                return position + 12;
            }
        }

        SyntaxErrors.Throw(source, position, $"Invalid Unicode escape sequence: \"{SourceText.Slice(source, position, 6)}\".");
        return 0;
    }

    private readonly int Read16BitHex(int position)
    {
        var source = _source;
        if (position + 4 > source.Length)
        {
            return -1;
        }

        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = CharacterClasses.HexValue(source[position + i]);
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    /// <summary>
    /// BlockString :: `"""` BlockStringCharacter* `"""` (Spec 2.9.4).
    /// BlockStringCharacter :: SourceCharacter but not `"""` or `\"""` | `\"""`.
    /// The value is BlockStringValue(rawValue): common indentation and blank first/last lines removed.
    /// </summary>
    private void ReadBlockString(int start)
    {
        var source = _source;
        var position = start + 3;
        var lines = ArrayPool<int>.Shared.Rent(16);
        var lineCount = 0;
        var lineStart = position;
        var line = _line;
        var sourceLineStart = _lineStart;
        var nonAscii = _lineHasNonAscii;
        try
        {
            while (position < source.Length)
            {
                var b = source[position];
                if (b == '"' && position + 2 < source.Length && source[position + 1] == '"' && source[position + 2] == '"')
                {
                    Append(ref lines, ref lineCount, lineStart, position);
                    Kind = TokenKind.BlockString;
                    StringValue = BlockString.Cook(source, lines.AsSpan(0, lineCount * 2));
                    End = position + 3;
                    if (line != _line)
                    {
                        _line = line - 1;
                        StartLine(sourceLineStart);
                    }

                    _lineHasNonAscii = nonAscii;
                    return;
                }

                if (b == '\\' && position + 3 < source.Length && source[position + 1] == '"' && source[position + 2] == '"' && source[position + 3] == '"')
                {
                    position += 4;
                    continue;
                }

                if (b == '\n' || b == '\r')
                {
                    Append(ref lines, ref lineCount, lineStart, position);
                    position += b == '\r' && position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    lineStart = position;
                    sourceLineStart = position;
                    line++;
                    nonAscii = false;
                    continue;
                }

                if (b < 0x80)
                {
                    position++;
                    continue;
                }

                var codePoint = SourceText.DecodeAt(source, position, out var length);
                if (!SourceText.IsScalarValue(codePoint))
                {
                    SyntaxErrors.Throw(source, position, $"Invalid character within String: {SourceText.DescribeCharacterAt(source, position)}.");
                }

                nonAscii = true;
                position += length;
            }

            SyntaxErrors.Throw(source, position, "Unterminated string.");
        }
        finally
        {
            ArrayPool<int>.Shared.Return(lines);
        }
    }

    private static void Append(ref int[] lines, ref int count, int start, int end)
    {
        if ((count + 1) * 2 > lines.Length)
        {
            var larger = ArrayPool<int>.Shared.Rent(lines.Length * 2);
            lines.AsSpan(0, count * 2).CopyTo(larger);
            ArrayPool<int>.Shared.Return(lines);
            lines = larger;
        }

        lines[count * 2] = start;
        lines[(count * 2) + 1] = end;
        count++;
    }

    private static StringBuilder RentEscapeBuilder()
    {
        var builder = _escapeBuilder ??= new StringBuilder(64);
        builder.Clear();
        return builder;
    }

    private static void AppendUtf8(StringBuilder builder, ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return;
        }

        Span<char> chars = utf8.Length <= 256 ? stackalloc char[utf8.Length] : new char[utf8.Length];
        var count = Encoding.UTF8.GetChars(utf8, chars);
        builder.Append(chars[..count]);
    }

    private static byte[] BuildPlainStringBytes()
    {
        var bytes = new List<byte>(128);
        for (var b = 0; b < 0x80; b++)
        {
            if (b != '"' && b != '\\' && b != '\n' && b != '\r')
            {
                bytes.Add((byte)b);
            }
        }

        return [.. bytes];
    }
}
