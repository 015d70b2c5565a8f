namespace Gateway.Catalog.Documents;

/// <summary>
/// ODCS v3.1 / ODPS v1.0 <c>description</c>: purpose, limitations and usage. The terms of use live here
/// (<c>usage</c> and <c>limitations</c>), as the standards leave them free text.
/// </summary>
public sealed record DocumentDescription(string? Purpose, string? Limitations, string? Usage, IReadOnlyList<CustomProperty> CustomProperties);
