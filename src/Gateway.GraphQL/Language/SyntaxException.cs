namespace Gateway.GraphQL.Language;

/// <summary>
/// A document that does not follow the grammar, or exceeds a parser limit. The message starts with
/// "Syntax Error:" and the single location is where reading stopped.
/// </summary>
public sealed class SyntaxException : GraphQLException
{
    public SyntaxException(string message, int line, int column)
        : base(new GraphQLError(message, [new SourceLocation(line, column)]))
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}
