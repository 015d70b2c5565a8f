namespace Gateway.Catalog.Documents;

/// <summary>ODCS v3.1 / ODPS v1.0 <c>authoritativeDefinitions[]</c>: a link to where something is defined.</summary>
public sealed record AuthoritativeDefinition(string Type, string Url, string? Description);
