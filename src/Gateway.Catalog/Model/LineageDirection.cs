namespace Gateway.Catalog.Model;

/// <summary>Which way to walk lineage from a product: to its sources, or to its consumers.</summary>
public enum LineageDirection
{
    Upstream,
    Downstream,
}
