using System.Runtime.CompilerServices;

namespace Gateway.GraphQL.Language;

/// <summary>
/// The lexical grammar of Spec 2.1 over UTF-8 bytes. It holds one token at a time; names, numbers and
/// strings stay as byte ranges until the parser asks for their value. Copying the struct gives a
/// lookahead that leaves this lexer untouched.
/// </summary>
internal ref partial struct Utf8Lexer
{
    private readonly ReadOnlySpan<byte> _source;
    private int _line;
    private int _lineStart;

    // Columns count UTF-16 code units (as graphql-js does). Lines that are pure ASCII need no counting;
    // on a line with non-ASCII text we count forward from the last token we measured, so a long minified
    // line is still counted once, not once per token.
    private bool _lineHasNonAscii;
    private int _columnAnchorOffset;
    private int _columnAnchorUnits;

    public Utf8Lexer(ReadOnlySpan<byte> source)
    {
        _source = source;
        _line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    public TokenKind Kind { get; private set; }

    /// <summary>Byte offset where the current token starts.</summary>
    public int Start { get; private set; }

    /// <summary>Byte offset just past the current token.</summary>
    public int End { get; private set; }

    public int Line { get; private set; }

    public int Column { get; private set; }

    /// <summary>Where the token before the current one ended: the end of the node the parser just finished.</summary>
    public int PreviousEnd { get; private set; }

    /// <summary>The cooked value of a String or BlockString token (after a token of another kind, undefined).</summary>
    public string? StringValue { get; private set; }

    public readonly ReadOnlySpan<byte> Source => _source;

    /// <summary>The raw bytes of the current token (a name's or number's text).</summary>
    public readonly ReadOnlySpan<byte> TokenBytes => _source[Start..End];

    /// <summary>The current Name token's text, shared across repeats.</summary>
    public readonly string NameValue => NameCache.Get(_source[Start..End]);

    public readonly bool IsKeyword(ReadOnlySpan<byte> keyword) =>
        Kind == TokenKind.Name && _source[Start..End].SequenceEqual(keyword);

    /// <summary>A copy of this lexer moved one token on: the next token, without consuming the current one.</summary>
    public readonly Utf8Lexer Lookahead()
    {
        var copy = this;
        copy.Advance();
        return copy;
    }

    /// <summary>Moves to the next token, skipping ignored tokens (Spec 2.1.7).</summary>
    // One shared copy: the JIT otherwise inlines it into some of the parser's largest methods, which then run
    // short of registers (measured 0.5-1 us slower per 20 KB parse).
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Advance()
    {
        // Each token is scanned from where the one before it ended.
        PreviousEnd = End;
        var source = _source;
        var position = End;

        // Nearly every token is a name or a punctuator after spaces, commas or line breaks, on a line of plain
        // ASCII. That path is here, with no call on it, so this method needs few registers of its own and a
        // call to it stays cheap; everything else is left to ScanToken.
        while ((uint)position < (uint)source.Length)
        {
            var ignored = source[position];
            if (ignored == ' ' || ignored == ',')
            {
                position++;
            }
            else if (ignored == '\n')
            {
                position++;
                StartLine(position);
            }
            else
            {
                break;
            }
        }

        if ((uint)position < (uint)source.Length && !_lineHasNonAscii)
        {
            var b = source[position];
            if (CharacterClasses.IsNameStart(b))
            {
                Start = position;
                Line = _line;
                Column = position - _lineStart + 1;
                ReadName(position);
                return;
            }

            var punctuator = (TokenKind)SingleBytePunctuators[b];
            if (punctuator != TokenKind.StartOfFile)
            {
                Start = position;
                Line = _line;
                Column = position - _lineStart + 1;
                Kind = punctuator;
                End = position + 1;
                return;
            }
        }

        ScanToken(position);
    }

    /// <summary>Scans the token at or after <paramref name="position"/> whatever it is, or throws the lexical error there.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ScanToken(int position)
    {
        StringValue = null;
        var source = _source;

        // Most tokens follow one space or a line break and indentation; the common cases are handled here
        // and anything rarer (tabs, carriage returns, comments, a byte order mark) in SkipIgnored.
        if ((uint)position < (uint)source.Length && (source[position] <= (byte)',' || source[position] == 0xEF))
        {
            position = SkipIgnored(position);
        }

        Start = position;
        Line = _line;
        Column = _lineHasNonAscii ? ColumnOf(position) : position - _lineStart + 1;

        if ((uint)position >= (uint)source.Length)
        {
            Kind = TokenKind.EndOfFile;
            End = position;
            return;
        }

        var b = source[position];
        if (CharacterClasses.IsNameStart(b))
        {
            ReadName(position);
            return;
        }

        // Punctuator :: one of ! $ & ( ) ... : = @ [ ] { | } (Spec 2.1.8): the single-byte ones by table lookup.
        var punctuator = (TokenKind)SingleBytePunctuators[b];
        if (punctuator != TokenKind.StartOfFile)
        {
            Kind = punctuator;
            End = position + 1;
            return;
        }

        switch (b)
        {
            case (byte)'.':
                if (position + 2 < source.Length && source[position + 1] == '.' && source[position + 2] == '.')
                {
                    Kind = TokenKind.Spread;
                    End = position + 3;
                    return;
                }

                break;
            case (byte)'"':
                if (position + 2 < source.Length && source[position + 1] == '"' && source[position + 2] == '"')
                {
                    ReadBlockString(position);
                }
                else
                {
                    ReadString(position);
                }

                return;
        }

        if (CharacterClasses.IsDigit(b) || b == '-')
        {
            ReadNumber(position);
            return;
        }

        ThrowUnexpectedCharacter(position);
    }

    // The token kind of each single-byte punctuator, StartOfFile (0) for every other byte. As a span over constant
    // data indexed by a byte, the lookup needs no bounds check.
    private static ReadOnlySpan<byte> SingleBytePunctuators =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, (byte)TokenKind.Bang, 0, 0, (byte)TokenKind.Dollar, 0, (byte)TokenKind.Ampersand, 0,
        (byte)TokenKind.LeftParen, (byte)TokenKind.RightParen, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.Colon, 0, 0, (byte)TokenKind.Equals, 0, 0,
        (byte)TokenKind.At, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.LeftBracket, 0, (byte)TokenKind.RightBracket, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.LeftBrace, (byte)TokenKind.Pipe, (byte)TokenKind.RightBrace, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>
    /// Ignored :: UnicodeBOM | WhiteSpace | LineTerminator | Comment | Comma (Spec 2.1.7).
    /// WhiteSpace :: Horizontal Tab (U+0009) | Space (U+0020).
    /// LineTerminator :: New Line (U+000A) | Carriage Return (U+000D) [lookahead != New Line (U+000A)] | Carriage Return (U+000D) New Line (U+000A).
    /// UnicodeBOM :: Byte Order Mark (U+FEFF).
    /// Returns where the next token starts.
    /// </summary>
    private int SkipIgnored(int position)
    {
        var source = _source;
        while ((uint)position < (uint)source.Length)
        {
            // Spaces (indentation) and newlines are nearly all of the ignored text; every token starts at or
            // above '$' except '!' and '"', so one comparison ends the loop at most tokens.
            var b = source[position];
            if (b == ' ')
            {
                position++;
                continue;
            }

            if (b == '\n')
            {
                position++;
                StartLine(position);
                continue;
            }

            if (b == ',')
            {
                position++;
                continue;
            }

            if (b >= (byte)'$' && b != 0xEF)
            {
                break;
            }

            switch (b)
            {
                case (byte)'\t':
                    position++;
                    continue;
                case (byte)'\r':
                    position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    StartLine(position);
                    continue;
                case (byte)'#':
                    position = ReadComment(position);
                    continue;
                case 0xEF when position + 2 < source.Length && source[position + 1] == 0xBB && source[position + 2] == 0xBF:
                    position += 3;
                    _lineHasNonAscii = true;
                    continue;
            }

            break;
        }

        return position;
    }

    /// <summary>
    /// Comment :: # CommentChar* [lookahead != CommentChar] (Spec 2.1.6).
    /// CommentChar :: SourceCharacter but not LineTerminator.
    /// A character that is not a scalar value ends the comment; the next token then reports it.
    /// </summary>
    private int ReadComment(int position)
    {
        var source = _source;
        position++;
        while (position < source.Length)
        {
            var b = source[position];
            if (b == '\n' || b == '\r')
            {
                break;
            }

            if (b < 0x80)
            {
                position++;
                continue;
            }

            var codePoint = SourceText.DecodeAt(source, position, out var length);
            if (!SourceText.IsScalarValue(codePoint))
            {
                break;
            }

            _lineHasNonAscii = true;
            position += length;
        }

        return position;
    }

    /// <summary>
    /// Name :: NameStart NameContinue* [lookahead != NameContinue] (Spec 2.1.9).
    /// NameStart :: Letter | `_`. NameContinue :: Letter | Digit | `_`.
    /// </summary>
    private void ReadName(int start)
    {
        var source = _source;
        var position = start + 1;
        while ((uint)position < (uint)source.Length && CharacterClasses.IsNameContinue(source[position]))
        {
            position++;
        }

        Kind = TokenKind.Name;
        End = position;
    }

    private void StartLine(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
        _lineHasNonAscii = false;
        _columnAnchorOffset = lineStart;
        _columnAnchorUnits = 0;
    }

    private int ColumnOf(int offset)
    {
        if (!_lineHasNonAscii)
        {
            return offset - _lineStart + 1;
        }

        if (_columnAnchorOffset < _lineStart || _columnAnchorOffset > offset)
        {
            _columnAnchorOffset = _lineStart;
            _columnAnchorUnits = 0;
        }

        var units = _columnAnchorUnits;
        for (var i = _columnAnchorOffset; i < offset; i++)
        {
            units += SourceText.Utf16Units(_source[i]);
        }

        _columnAnchorOffset = offset;
        _columnAnchorUnits = units;
        return units + 1;
    }

    private readonly void ThrowUnexpectedCharacter(int position)
    {
        var b = _source[position];
        if (b == '\'')
        {
            SyntaxErrors.Throw(_source, position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var codePoint = SourceText.DecodeAt(_source, position, out _);
        var description = SourceText.DescribeCharacterAt(_source, position);
        SyntaxErrors.Throw(
            _source,
            position,
            SourceText.IsScalarValue(codePoint) ? $"Unexpected character: {description}." : $"Invalid character: {description}.");
    }
}
