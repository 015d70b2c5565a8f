using System.Diagnostics.CodeAnalysis;

namespace Gateway.GraphQL.Language;

/// <summary>Throw paths of the lexer and parser, kept out of line so the hot paths stay short.</summary>
internal static class SyntaxErrors
{
    [DoesNotReturn]
    public static void Throw(ReadOnlySpan<byte> source, int offset, string message)
    {
        var location = SourceText.LocationOf(source, offset);
        throw new SyntaxException("Syntax Error: " + message, location.Line, location.Column);
    }

    [DoesNotReturn]
    public static void ThrowAt(int line, int column, string message) =>
        throw new SyntaxException("Syntax Error: " + message, line, column);
}
