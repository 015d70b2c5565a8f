namespace Gateway.GraphQL.Language;

internal ref partial struct Utf8Lexer
{
    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}] (Spec 2.9.1).
    /// FloatValue :: IntegerPart FractionalPart ExponentPart | IntegerPart FractionalPart | IntegerPart ExponentPart,
    /// each [lookahead != {Digit, `.`, NameStart}] (Spec 2.9.2).
    /// IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*.
    /// FractionalPart :: . Digit+. ExponentPart :: ExponentIndicator Sign? Digit+.
    /// </summary>
    private void ReadNumber(int start)
    {
        var source = _source;
        var position = start;
        var isFloat = false;

        if (source[position] == '-')
        {
            position++;
        }

        if (position < source.Length && source[position] == '0')
        {
            position++;
            if (position < source.Length && CharacterClasses.IsDigit(source[position]))
            {
                SyntaxErrors.Throw(source, position, $"Invalid number, unexpected digit after 0: {SourceText.DescribeCharacterAt(source, position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (position < source.Length && source[position] == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (position < source.Length && (source[position] | 0x20) == 'e')
        {
            isFloat = true;
            position++;
            if (position < source.Length && (source[position] == '+' || source[position] == '-'))
            {
                position++;
            }

            position = ReadDigits(position);
        }

        // Numbers cannot be followed by `.` or NameStart: "1.2.3" and "0xF" are not two tokens.
        if (position < source.Length && (source[position] == '.' || CharacterClasses.IsNameStart(source[position])))
        {
            SyntaxErrors.Throw(source, position, $"Invalid number, expected digit but got: {SourceText.DescribeCharacterAt(source, position)}.");
        }

        Kind = isFloat ? TokenKind.Float : TokenKind.Int;
        End = position;
    }

    /// <summary>Digit+ : at least one digit, or a syntax error at the first non-digit.</summary>
    private readonly int ReadDigits(int position)
    {
        var source = _source;
        if (position >= source.Length || !CharacterClasses.IsDigit(source[position]))
        {
            SyntaxErrors.Throw(source, position, $"Invalid number, expected digit but got: {SourceText.DescribeCharacterAt(source, position)}.");
        }

        position++;
        while (position < source.Length && CharacterClasses.IsDigit(source[position]))
        {
            position++;
        }

        return position;
    }
}
