namespace Gateway.Catalog.Storage;

/// <summary>
/// A write named a revision that is no longer current: someone else changed the product since it was
/// read. Nothing was stored; read the product again, re-check the change against it, and retry.
/// </summary>
public sealed class CatalogConflictException : Exception
{
    public CatalogConflictException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
