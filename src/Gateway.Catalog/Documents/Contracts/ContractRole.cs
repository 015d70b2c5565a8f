namespace Gateway.Catalog.Documents.Contracts;

/// <summary>ODCS v3.1 <c>roles[]</c>: an IAM role with access to the data and who approves it.</summary>
public sealed record ContractRole(string Role, string? Description, string? Access, string? FirstLevelApprovers, string? SecondLevelApprovers);
