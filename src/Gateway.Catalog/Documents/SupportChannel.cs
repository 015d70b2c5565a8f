namespace Gateway.Catalog.Documents;

/// <summary>ODCS v3.1 / ODPS v1.0 <c>support[]</c>: where consumers ask for help.</summary>
public sealed record SupportChannel(string Channel, string? Url, string? Description, string? Tool, string? Scope, string? InvitationUrl);
