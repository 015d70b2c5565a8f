using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// A page of products: filters (all optional, combined with AND), an order, and keyset pagination:
/// <see cref="After"/> is the <see cref="ProductPage.EndCursor"/> of the previous page.
/// </summary>
public sealed record ProductQuery
{
    public const int MaxPageSize = 100;

    public string? Domain { get; init; }

    /// <summary>Only products of this sub-domain (the descriptor's <c>subDomain</c> custom property).</summary>
    public string? SubDomain { get; init; }

    public LifecycleStatus? Status { get; init; }

    public string? Owner { get; init; }

    public string? Tag { get; init; }

    public DataClassification? Classification { get; init; }

    public ProductSort Sort { get; init; } = ProductSort.Name;

    public bool Descending { get; init; }

    /// <summary>The page size, 1 to <see cref="MaxPageSize"/>.</summary>
    public int First { get; init; } = 50;

    public string? After { get; init; }
}
