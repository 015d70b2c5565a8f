using Gateway.Catalog.Changes;

namespace Gateway.CatalogApi.Products;

/// <summary>The value of a <c>CatalogVersionChanges</c>: the version compared with and the analysis.</summary>
internal sealed record VersionChanges(string PreviousVersion, ChangeReport Report);
