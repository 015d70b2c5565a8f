using Gateway.Catalog.Documents.Profile;

namespace Gateway.Search.Indexing;

/// <summary>How much a product is used (queries over a recent window), for ranking popular products first.</summary>
public interface IProductUsageReader
{
    Task<double> ReadUsageAsync(ProductUrn product, CancellationToken cancellationToken);
}
