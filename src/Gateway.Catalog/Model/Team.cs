namespace Gateway.Catalog.Model;

/// <summary>A team that owns data products in a domain; one member is its data product owner.</summary>
public sealed record Team(string Name, string Domain, IReadOnlyList<TeamMembership> Members);
