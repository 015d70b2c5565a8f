namespace Gateway.Catalog.Changes;

/// <summary>One row of the contract change table: a change's code, severity, version bump and where the rule comes from.</summary>
public sealed record ContractChangeRule(string Code, ChangeSeverity Severity, VersionBump Bump, string Source);
