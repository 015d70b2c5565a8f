namespace Gateway.Security.Policies;

/// <summary>
/// One request's reads of one product, for the audit log: who read it, with which purpose, which fields (by
/// schema coordinate) were returned as they are, masked or denied, and whether the operation was rejected whole.
/// </summary>
public sealed record AccessAuditEntry(
    DateTimeOffset At,
    string? ClientId,
    string? Purpose,
    string ProductUrn,
    string? OperationName,
    IReadOnlyList<string> AllowedFields,
    IReadOnlyList<string> MaskedFields,
    IReadOnlyList<string> DeniedFields,
    bool Rejected);
