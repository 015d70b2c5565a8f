using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// Reads many products in one round trip: what an API resolving the products an answer mentions (lineage,
/// successors) needs so that a page of them costs one query rather than one each.
/// </summary>
public interface IProductBatchReader
{
    /// <summary>The products among <paramref name="urns"/> that exist, in no particular order; unknown URNs are left out.</summary>
    Task<IReadOnlyList<DataProduct>> GetProductsAsync(IReadOnlyList<ProductUrn> urns, CancellationToken cancellationToken);

    /// <summary>The cursor of <paramref name="product"/> in a listing ordered by <paramref name="sort"/>: a connection's edge cursor.</summary>
    string CursorOf(DataProduct product, ProductSort sort);
}
