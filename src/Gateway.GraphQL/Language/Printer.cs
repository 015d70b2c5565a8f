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
}
