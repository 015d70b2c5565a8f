namespace Gateway.Catalog.Model;

/// <summary>A business domain of the mesh; a sub-domain names its parent.</summary>
public sealed record Domain(string Name, string? Parent, string? Description);
