namespace Gateway.Catalog.Model;

/// <summary>
/// Where a data product is in its life. ODPS v1.0 <c>status</c> names map onto it: <c>proposed</c> and
/// <c>draft</c> are Draft, <c>active</c> is Published.
/// </summary>
public enum LifecycleStatus
{
    Draft,
    Published,
    Deprecated,
    Retired,
}
