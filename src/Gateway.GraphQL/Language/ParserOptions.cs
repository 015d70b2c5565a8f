namespace Gateway.GraphQL.Language;

/// <summary>How the parser reads a document, and the limits that keep hostile input cheap to reject.</summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: locations kept, 8 MiB, 100,000 tokens, depth 256.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Skip <see cref="SyntaxNode.Location"/> on every node (smaller, faster trees for cached documents).</summary>
    public bool NoLocations { get; init; }

    /// <summary>Largest accepted document, in UTF-8 bytes.</summary>
    public int MaxDocumentBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Most lexical tokens accepted (end of input not counted); parsing stops at the first one past it.</summary>
    public int MaxTokens { get; init; } = 100_000;

    /// <summary>Deepest nesting of selection sets, list and object values, and list types.</summary>
    public int MaxDepth { get; init; } = 256;
}
