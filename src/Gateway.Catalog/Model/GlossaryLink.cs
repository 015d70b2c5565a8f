using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>A product field that carries a glossary term (the contract property's <c>glossaryTerms</c>).</summary>
public sealed record GlossaryLink(string Term, ProductUrn Product, string Field);
