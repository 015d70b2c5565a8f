namespace Gateway.Federation.Composition;

/// <summary>A value of a supergraph enum.</summary>
/// <param name="Name">The value.</param>
/// <param name="Description">The description, or null.</param>
/// <param name="Directives">Applied directives, printed (<c>@inaccessible</c>, <c>@join__enumValue</c>, ...).</param>
internal sealed record MergedEnumValue(string Name, string? Description, List<string> Directives);
