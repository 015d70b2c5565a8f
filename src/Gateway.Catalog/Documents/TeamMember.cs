namespace Gateway.Catalog.Documents;

/// <summary>ODCS v3.1 <c>team.members[]</c> (ODPS v1.0 <c>team[]</c>): a person and their role, e.g. <c>owner</c>.</summary>
public sealed record TeamMember(string Username, string? Name, string? Description, string? Role, string? DateIn, string? DateOut, string? ReplacedByUsername);
