namespace Gateway.GraphQL.Language;

// Spec 2.9 Input Values.
public ref partial struct Parser
{
    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue
    /// | ListValue[?Const] | ObjectValue[?Const] (Spec 2.9).
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = Current;
        switch (_lexer.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseListValue(isConst);
            case TokenKind.LeftBrace:
                return ParseObjectValue(isConst);
            case TokenKind.Int:
            {
                // Numbers are ASCII; interning them like names saves a string for every repeated literal.
                var value = NameCache.Get(_names, _lexer.TokenBytes);
                Advance();
                return Located(new IntValueNode(value), start);
            }

            case TokenKind.Float:
            {
                var value = NameCache.Get(_names, _lexer.TokenBytes);
                Advance();
                return Located(new FloatValueNode(value), start);
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(start);
            case TokenKind.Dollar:
                if (isConst)
                {
                    ThrowVariableInConstant();
                }

                return ParseVariable();
        }

        ThrowUnexpected();
        return null!;
    }

    /// <summary>BooleanValue : true | false (Spec 2.9.3). NullValue : null (2.9.5). EnumValue : Name but not true, false or null (2.9.6).</summary>
    private ValueNode ParseNameValue(TokenStart start)
    {
        if (_lexer.IsKeyword("true"u8) || _lexer.IsKeyword("false"u8))
        {
            var boolean = _lexer.TokenBytes.Length == 4;
            Advance();
            return Located(new BooleanValueNode(boolean), start);
        }

        if (_lexer.IsKeyword("null"u8))
        {
            Advance();
            return Located(new NullValueNode(), start);
        }

        var name = NameCache.Get(_names, _lexer.TokenBytes);
        Advance();
        return Located(new EnumValueNode(name), start);
    }

    /// <summary>StringValue (Spec 2.9.4), as a quoted string or a block string.</summary>
    private StringValueNode ParseStringLiteral()
    {
        var start = Current;
        var block = _lexer.Kind == TokenKind.BlockString;
        var value = _lexer.StringValue!;
        Advance();
        return Located(new StringValueNode(value, block), start);
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ] (Spec 2.9.7).</summary>
    private ListValueNode ParseListValue(bool isConst)
    {
        Enter();
        var start = ExpectToken(TokenKind.LeftBracket);
        IReadOnlyList<ValueNode> values = [];
        if (!ExpectOptionalToken(TokenKind.RightBracket))
        {
            var list = new ListBuilder<ValueNode>();
            do
            {
                Add(ref list, ParseValueLiteral(isConst));
            }
            while (!ExpectOptionalToken(TokenKind.RightBracket));

            values = ToArray(ref list, new ValueNode[list.Count]);
        }

        Exit();
        return Located(new ListValueNode(values), start);
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ } (Spec 2.9.8).</summary>
    private ObjectValueNode ParseObjectValue(bool isConst)
    {
        Enter();
        var start = ExpectToken(TokenKind.LeftBrace);
        IReadOnlyList<ObjectFieldNode> fields = [];
        if (!ExpectOptionalToken(TokenKind.RightBrace))
        {
            var list = new ListBuilder<ObjectFieldNode>();
            do
            {
                Add(ref list, ParseObjectField(isConst));
            }
            while (!ExpectOptionalToken(TokenKind.RightBrace));

            fields = ToArray(ref list, new ObjectFieldNode[list.Count]);
        }

        Exit();
        return Located(new ObjectValueNode(fields), start);
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const] (Spec 2.9.8).</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseNameValue();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return Located(new ObjectFieldNode(name, value), start);
    }

    /// <summary>A variable where Value[Const] is required (default values, type-system directives).</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowVariableInConstant()
    {
        var dollar = _lexer;
        Advance();
        if (_lexer.Kind == TokenKind.Name)
        {
            SyntaxErrors.Throw(dollar.Source, dollar.Start, $"Unexpected variable \"${_lexer.NameValue}\" in constant value.");
        }

        ThrowUnexpected(dollar);
    }
}
