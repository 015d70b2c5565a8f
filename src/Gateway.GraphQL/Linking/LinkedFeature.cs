namespace Gateway.GraphQL.Linking;

/// <summary>
/// A spec a schema links with <c>@link(url:, as:, for:, import:)</c> (link spec v1.0) or, in older supergraphs,
/// <c>@core(feature:, as:, for:)</c> (core spec v0.2).
/// </summary>
/// <param name="Url">The URL as written, e.g. <c>https://specs.apollo.dev/join/v0.5</c>.</param>
/// <param name="Identity">The URL without its version segment.</param>
/// <param name="Name">The spec's own name: the last path segment before the version (<c>join</c>).</param>
/// <param name="Version">The version segment (<c>v0.5</c>), or null when the URL has none.</param>
/// <param name="Prefix">The namespace of its elements in this schema: <c>as:</c>, else <see cref="Name"/>.</param>
/// <param name="Purpose">The <c>for:</c> argument (<c>EXECUTION</c>, <c>SECURITY</c>), or null.</param>
/// <param name="ImportList">The imports in the order written.</param>
public sealed record LinkedFeature(
    string Url,
    string Identity,
    string Name,
    SpecVersion? Version,
    string Prefix,
    string? Purpose,
    IReadOnlyList<LinkImport> ImportList)
{
    /// <summary>Imported element names (with <c>@</c> for directives) mapped to their local names; a later import of a name wins.</summary>
    public IReadOnlyDictionary<string, string> Imports { get; } = ByName(ImportList);

    /// <summary>
    /// The local name of one of the spec's directives (link spec v1.0, "Prefixing"): the directive named after
    /// the spec is <c>@prefix</c>, others are <c>@prefix__name</c>, unless imported (then the import's name).
    /// </summary>
    public string DirectiveName(string specName)
    {
        if (Imports.TryGetValue("@" + specName, out var imported))
        {
            return imported.TrimStart('@');
        }

        return specName == Name ? Prefix : Prefix + "__" + specName;
    }

    /// <summary>The local name of one of the spec's types: <c>prefix__Name</c> unless imported.</summary>
    public string TypeName(string specName) =>
        Imports.TryGetValue(specName, out var imported) ? imported : Prefix + "__" + specName;

    /// <summary>
    /// The spec's name for an element this schema names <paramref name="localName"/> (directives without their
    /// <c>@</c>): the import it renames, the name after <c>prefix__</c>, or for a directive named like the prefix,
    /// the spec's own name. Null when the element does not belong to this spec.
    /// </summary>
    public string? SpecNameOf(string localName, bool isDirective)
    {
        foreach (var import in ImportList)
        {
            if (import.IsDirective == isDirective
                && (isDirective ? import.LocalName.AsSpan(1).SequenceEqual(localName) : import.LocalName == localName))
            {
                return isDirective ? import.Name[1..] : import.Name;
            }
        }

        if (localName.Length > Prefix.Length + 2
            && localName.StartsWith(Prefix, StringComparison.Ordinal)
            && localName.AsSpan(Prefix.Length).StartsWith("__", StringComparison.Ordinal))
        {
            return localName[(Prefix.Length + 2)..];
        }

        return isDirective && localName == Prefix ? Name : null;
    }

    /// <summary>True when a type or directive of the schema, named as it is in the schema, belongs to this spec.</summary>
    public bool Owns(string localName, bool isDirective) => SpecNameOf(localName, isDirective) is not null;

    private static Dictionary<string, string> ByName(IReadOnlyList<LinkImport> imports)
    {
        var byName = new Dictionary<string, string>(imports.Count, StringComparer.Ordinal);
        foreach (var import in imports)
        {
            byName[import.Name] = import.LocalName;
        }

        return byName;
    }
}
