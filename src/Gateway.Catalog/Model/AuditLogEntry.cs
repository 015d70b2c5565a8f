using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>
/// One request's reads of one product in the audit log: who read it, with which purpose, the fields (schema
/// coordinates) returned as they are, masked or denied, and whether the whole operation was rejected.
/// <see cref="Id"/> is given by the store (0 before it is stored) and orders the log.
/// </summary>
public sealed record AuditLogEntry(
    long Id,
    DateTimeOffset At,
    string? ClientId,
    string? Purpose,
    ProductUrn Product,
    string? OperationName,
    IReadOnlyList<string> AllowedFields,
    IReadOnlyList<string> MaskedFields,
    IReadOnlyList<string> DeniedFields,
    bool Rejected);
