using Gateway.Catalog.Model;

namespace Gateway.CatalogApi.Products;

/// <summary>The value of a <c>CatalogProductEdge</c>.</summary>
internal sealed record ProductEdge(string Cursor, DataProduct Node);
