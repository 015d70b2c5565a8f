namespace Gateway.GraphQL.Language;

// Spec 2.12 Directives.
public ref partial struct Parser
{
    /// <summary>Directives[Const] : Directive[?Const]+ (Spec 2.12); empty when none follow.</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst) => ParseDirectiveArray(isConst) ?? [];

    /// <summary>Directives[Const], or null when none follow.</summary>
    private DirectiveNode[]? ParseDirectiveArray(bool isConst)
    {
        if (_lexer.Kind != TokenKind.At)
        {
            return null;
        }

        var directives = BeginList(ParseDirective(isConst));
        while (_lexer.Kind == TokenKind.At)
        {
            Push(ParseDirective(isConst));
        }

        return EndList(directives, new DirectiveNode[ListCount(directives)]);
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]? (Spec 2.12).</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return Located(new DirectiveNode(name, arguments), start);
    }
}
