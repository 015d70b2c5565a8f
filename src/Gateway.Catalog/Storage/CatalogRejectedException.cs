namespace Gateway.Catalog.Storage;

/// <summary>
/// A write breaks a rule of the catalog (an illegal lifecycle move, a version not above the current one,
/// a contract or subgraph that belongs to another product). Nothing was stored; retrying will not help.
/// </summary>
public sealed class CatalogRejectedException : Exception
{
    public CatalogRejectedException(string message)
        : base(message)
    {
    }
}
