namespace Gateway.GraphQL.Language;

// Spec 2.11 Type References.
public ref partial struct Parser
{
    /// <summary>Type : NamedType | ListType | NonNullType (Spec 2.11). ListType : [ Type ]. NonNullType : NamedType ! | ListType !.</summary>
    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.LeftBracket))
        {
            Enter();
            var itemType = ParseTypeReference();
            ExpectToken(TokenKind.RightBracket);
            Exit();
            type = Located(new ListTypeNode(itemType), start);
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptionalToken(TokenKind.Bang))
        {
            return Located(new NonNullTypeNode(type), start);
        }

        return type;
    }

    /// <summary>NamedType : Name (Spec 2.11).</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        var name = ParseNameValue();
        return Located(new NamedTypeNode(name), start);
    }
}
