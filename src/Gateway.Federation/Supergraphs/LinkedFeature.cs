namespace Gateway.Federation.Supergraphs;

/// <summary>
/// A spec the supergraph links with <c>@link(url:, as:, for:, import:)</c> (link spec v1.0) or, in older
/// supergraphs, <c>@core(feature:, as:, for:)</c> (core spec v0.2).
/// </summary>
/// <param name="Url">The URL as written, e.g. <c>https://specs.apollo.dev/join/v0.5</c>.</param>
/// <param name="Identity">The URL without its version segment.</param>
/// <param name="Name">The spec's own name: the last path segment before the version (<c>join</c>).</param>
/// <param name="Version">The version segment (<c>v0.5</c>), or null when the URL has none.</param>
/// <param name="Prefix">The namespace of its elements in this schema: <c>as:</c>, else <see cref="Name"/>.</param>
/// <param name="Purpose">The <c>for:</c> argument (<c>EXECUTION</c>, <c>SECURITY</c>), or null.</param>
/// <param name="Imports">Imported element names (with <c>@</c> for directives) mapped to their local names.</param>
public sealed record LinkedFeature(
    string Url,
    string Identity,
    string Name,
    SpecVersion? Version,
    string Prefix,
    string? Purpose,
    IReadOnlyDictionary<string, string> Imports)
{
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

    /// <summary>True when a type or directive of the schema, named as it is in the schema, belongs to this spec.</summary>
    public bool Owns(string localName, bool isDirective)
    {
        if (localName.StartsWith(Prefix + "__", StringComparison.Ordinal) || (isDirective && localName == Prefix))
        {
            return true;
        }

        foreach (var local in Imports.Values)
        {
            if (isDirective ? local == "@" + localName : local == localName)
            {
                return true;
            }
        }

        return false;
    }
}
