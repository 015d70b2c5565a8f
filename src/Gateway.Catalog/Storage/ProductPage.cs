using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>One page of a product listing; pass <see cref="EndCursor"/> as the next query's <c>After</c>.</summary>
public sealed record ProductPage(IReadOnlyList<DataProduct> Items, string? EndCursor, bool HasNextPage);
