using Gateway.Catalog.Storage;

namespace Gateway.CatalogApi.Products;

/// <summary>The value of a <c>CatalogProductConnection</c>: the page, and the query behind it for <c>totalCount</c>.</summary>
internal sealed record ProductConnection(ProductQuery Query, IReadOnlyList<ProductEdge> Edges, CatalogPageInfo PageInfo);
