using System.ComponentModel;
using System.Globalization;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.CatalogApi.Products;

/// <summary><c>catalog { products(filter:, orderBy:, first:, after:) }</c>: its arguments as a store query, its page as a connection.</summary>
internal static class ProductListing
{
    /// <summary>The store query the arguments ask for; a page size outside 1 to 100 is a field error, not a silent clamp.</summary>
    public static ProductQuery Query(IReadOnlyDictionary<string, object?> arguments)
    {
        var first = arguments.TryGetValue("first", out var firstValue) && firstValue is int size ? size : 20;
        if (first is < 1 or > ProductQuery.MaxPageSize)
        {
            throw CatalogInputError.Create(
                $"first: {first.ToString(CultureInfo.InvariantCulture)} is outside 1 to {ProductQuery.MaxPageSize.ToString(CultureInfo.InvariantCulture)}; ask for at most {ProductQuery.MaxPageSize.ToString(CultureInfo.InvariantCulture)} products a page and follow pageInfo.endCursor for more.");
        }

        var query = new ProductQuery { First = first, After = arguments.TryGetValue("after", out var after) ? after as string : null };
        if (arguments.TryGetValue("filter", out var filterValue) && filterValue is IReadOnlyDictionary<string, object?> filter)
        {
            query = query with
            {
                Domain = filter.TryGetValue("domain", out var domain) ? domain as string : null,
                SubDomain = filter.TryGetValue("subDomain", out var subDomain) ? subDomain as string : null,
                Status = filter.TryGetValue("status", out var status) && status is LifecycleStatus lifecycle ? lifecycle : null,
                Owner = filter.TryGetValue("owner", out var owner) ? owner as string : null,
                Tag = filter.TryGetValue("tag", out var tag) ? tag as string : null,
                Classification = filter.TryGetValue("classification", out var classification) && classification is DataClassification data ? data : null,
            };
        }

        if (arguments.TryGetValue("orderBy", out var orderValue) && orderValue is IReadOnlyDictionary<string, object?> order)
        {
            query = query with
            {
                Sort = order.TryGetValue("field", out var field) && field is ProductSort sort ? sort : ProductSort.Name,
                Descending = order.TryGetValue("direction", out var direction) && direction is ListSortDirection.Descending,
            };
        }

        return query;
    }

    /// <summary>The page as a connection; edge cursors come from the store, which alone knows their form.</summary>
    public static ProductConnection Connection(ProductQuery query, ProductPage page, IProductBatchReader cursors)
    {
        var edges = new ProductEdge[page.Items.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            var product = page.Items[i];
            edges[i] = new ProductEdge(cursors.CursorOf(product, query.Sort), product);
        }

        var pageInfo = new CatalogPageInfo(
            page.HasNextPage,
            HasPreviousPage: query.After is not null,
            StartCursor: edges.Length > 0 ? edges[0].Cursor : null,
            EndCursor: page.EndCursor);
        return new ProductConnection(query, edges, pageInfo);
    }
}
