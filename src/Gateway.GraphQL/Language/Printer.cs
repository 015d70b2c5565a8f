namespace Gateway.GraphQL.Language;

/// <summary>
/// Prints syntax trees as GraphQL text with the reference implementation's layout: two-space indentation,
/// the <c>query</c> keyword dropped for a plain anonymous query, block strings kept as block strings,
/// descriptions kept, long argument lists wrapped one per line. <c>Parser.Parse(Printer.Print(doc))</c> is
/// structurally equal to <c>doc</c>.
/// </summary>
public static class Printer
{
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var writer = new SyntaxWriter();
        writer.Write(node);
        return writer.ToString();
    }

    /// <summary>
    /// A default value as graphql-js shows it (introspection's <c>defaultValue</c>, printed SDL, schema
    /// diffs): printed like <see cref="Print"/> but with every string quoted, since graphql-js re-creates
    /// the literal from the coerced value and so never writes a block string.
    /// </summary>
    public static string PrintDefaultValue(ValueNode value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var writer = new SyntaxWriter(quoteBlockStrings: true);
        writer.Write(value);
        return writer.ToString();
    }

    /// <summary>A string as a quoted GraphQL string value, escaped as graphql-js escapes it (never a block string).</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var writer = new SyntaxWriter();
        writer.WriteQuoted(value);
        return writer.ToString();
    }
}
