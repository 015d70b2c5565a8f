namespace Gateway.GraphQL.Language;

// Spec 2.12 Directives.
public ref partial struct Parser
{
    /// <summary>Directives[Const] : Directive[?Const]+ (Spec 2.12); empty when none follow.</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (_lexer.Kind != TokenKind.At)
        {
            return [];
        }

        var directives = BeginList(ParseDirective(isConst));
        while (_lexer.Kind == TokenKind.At)
        {
            Push(ParseDirective(isConst));
        }

        return EndList<DirectiveNode>(directives);
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]? (Spec 2.12).</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments) { Location = LocationFrom(start) };
    }
}
