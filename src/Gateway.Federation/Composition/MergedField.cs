namespace Gateway.Federation.Composition;

/// <summary>A field (or input field) of a supergraph type.</summary>
internal sealed class MergedField
{
    public MergedField(string name, string type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    /// <summary>The type, printed (<c>[Product!]!</c>).</summary>
    public string Type { get; set; }

    public string? Description { get; set; }

    /// <summary>An input field's default value, printed.</summary>
    public string? DefaultValue { get; set; }

    public List<MergedArgument> Arguments { get; } = [];

    public List<string> Directives { get; } = [];
}
