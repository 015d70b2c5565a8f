namespace Gateway.Catalog.Storage;

/// <summary>The orders a product listing can take; each ends with the URN, so the order is total and cursors are stable.</summary>
public enum ProductSort
{
    Name,
    UpdatedAt,
    Urn,
}
