namespace Gateway.Catalog.Documents;

/// <summary>
/// Caps on what a descriptor or contract may hold, checked while it is read so hostile input (a 10 MB
/// file, a thousand nested lists, a YAML alias bomb) ends in one clear error rather than a hang or a crash.
/// The defaults are far above any real contract: a contract of 500 fields is about 150 KB of YAML.
/// </summary>
public sealed record DocumentLimits
{
    public static DocumentLimits Default { get; } = new();

    /// <summary>The most characters a document may hold.</summary>
    public int MaxCharacters { get; init; } = 2 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists, counted after aliases are expanded.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most values a document may hold, counting each use of an alias as a copy of its anchor.</summary>
    public int MaxNodes { get; init; } = 250_000;

    /// <summary>The most YAML aliases (<c>*name</c>) a document may use.</summary>
    public int MaxAliases { get; init; } = 256;
}
