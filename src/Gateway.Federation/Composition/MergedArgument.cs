namespace Gateway.Federation.Composition;

/// <summary>An argument of a supergraph field.</summary>
/// <param name="Name">The argument name.</param>
/// <param name="Type">The type, printed.</param>
/// <param name="DefaultValue">The default value, printed, or null.</param>
/// <param name="Description">The description, or null.</param>
/// <param name="Directives">Applied directives, printed.</param>
internal sealed record MergedArgument(string Name, string Type, string? DefaultValue, string? Description, List<string> Directives);
