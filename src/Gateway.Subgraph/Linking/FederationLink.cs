namespace Gateway.Subgraph.Linking;

/// <summary>
/// How a subgraph schema names the federation elements: the version its <c>@link</c> names, and for each
/// directive or type either the name it was imported under or the namespaced name
/// (<c>federation__requires</c>). Apollo Federation 2, "Importing directives" and "Namespaced directives";
/// a schema without a federation <c>@link</c> is a Federation 1 schema, whose elements have their bare names.
/// </summary>
internal sealed class FederationLink
{
    private readonly Dictionary<string, string> _imports;

    private FederationLink(int major, int minor, string prefix, Dictionary<string, string> imports)
    {
        Major = major;
        Minor = minor;
        _imports = imports;
        Prefix = prefix;
    }

    /// <summary>The Federation 1 naming: no <c>@link</c>, every element under its own name.</summary>
    public static FederationLink Version1 { get; } = new(1, 0, string.Empty, []);

    public int Major { get; }

    public int Minor { get; }

    public bool IsVersion2 => Major >= 2;

    /// <summary>The namespace of elements that were not imported: <c>federation</c> unless <c>@link(as:)</c> renames it.</summary>
    public string Prefix { get; }

    public static FederationLink Version2(int minor, string prefix, Dictionary<string, string> imports) => new(2, minor, prefix, imports);

    /// <summary>True when the linked version is at least 2.<paramref name="minor"/>.</summary>
    public bool Supports(int minor) => Major > 2 || (Major == 2 && Minor >= minor);

    /// <summary>The name a federation directive has in this schema, without <c>@</c>: <c>key</c>, <c>primaryKey</c> or <c>federation__key</c>.</summary>
    public string Directive(string name)
    {
        if (!IsVersion2)
        {
            return name;
        }

        return _imports.TryGetValue("@" + name, out var imported) ? imported : $"{Prefix}__{name}";
    }

    /// <summary>The name a federation type has in this schema: <c>FieldSet</c> or <c>federation__FieldSet</c>; Federation 1 spells it <c>_FieldSet</c>.</summary>
    public string Type(string name)
    {
        if (!IsVersion2)
        {
            return "_" + name;
        }

        return _imports.TryGetValue(name, out var imported) ? imported : $"{Prefix}__{name}";
    }

    public override string ToString() => IsVersion2 ? $"federation v{Major}.{Minor}" : "federation v1";
}
