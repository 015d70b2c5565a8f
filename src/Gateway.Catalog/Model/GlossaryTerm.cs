namespace Gateway.Catalog.Model;

/// <summary>A term of a domain's ubiquitous language, with its definition.</summary>
public sealed record GlossaryTerm(string Domain, string Name, string Definition, IReadOnlyList<string> Synonyms);
