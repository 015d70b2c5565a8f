namespace Gateway.Catalog.Model;

/// <summary>A person in a team and their role (<c>owner</c>, <c>data steward</c>...).</summary>
public sealed record TeamMembership(string Username, string? Name, string? Role);
