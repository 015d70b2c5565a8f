namespace Gateway.Search.Embedded;

/// <summary>The facet values of one indexed product, as <see cref="ProductFacetTable"/> keeps them.</summary>
internal sealed record ProductFacetRow(string Domain, string Status, string? Owner, string Classification, string[] Tags);
