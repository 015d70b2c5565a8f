namespace Gateway.GraphQL.Language;

/// <summary>The lexical tokens of Spec 2.1.6 (Punctuator, Name, IntValue, FloatValue, StringValue), plus start and end of input.</summary>
internal enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    LeftParen,
    RightParen,
    Spread,
    Colon,
    Equals,
    At,
    LeftBracket,
    RightBracket,
    LeftBrace,
    Pipe,
    RightBrace,
    Name,
    Int,
    Float,
    String,
    BlockString,
}
