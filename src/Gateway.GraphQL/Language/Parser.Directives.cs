using System.Runtime.CompilerServices;

namespace Gateway.GraphQL.Language;

// Spec 2.12 Directives.
public ref partial struct Parser
{
    /// <summary>Directives[Const] : Directive[?Const]+ (Spec 2.12); empty when none follow.</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst) => ParseDirectiveArray(isConst) ?? [];

    /// <summary>Directives[Const], or null when none follow.</summary>
    private DirectiveNode[]? ParseDirectiveArray(bool isConst) =>
        _lexer.Kind == TokenKind.At ? ParseDirectiveList(isConst) : null;

    // Kept out of line: inlined into every field, its list buffer would be cleared for fields without directives too.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private DirectiveNode[] ParseDirectiveList(bool isConst)
    {
        var directives = new ListBuilder<DirectiveNode>();
        do
        {
            Add(ref directives, ParseDirective(isConst));
        }
        while (_lexer.Kind == TokenKind.At);

        return ToArray(ref directives, new DirectiveNode[directives.Count]);
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
