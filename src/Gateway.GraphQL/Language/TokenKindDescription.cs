namespace Gateway.GraphQL.Language;

/// <summary>How error messages name a token kind; the wording follows the reference implementation so messages compare equal.</summary>
internal static class TokenKindDescription
{
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.LeftParen => "\"(\"",
        TokenKind.RightParen => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.LeftBracket => "\"[\"",
        TokenKind.RightBracket => "\"]\"",
        TokenKind.LeftBrace => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.RightBrace => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };
}
