namespace Gateway.Catalog.Model;

/// <summary>What happened to a product, as recorded in its history.</summary>
public enum ChangeKind
{
    Published,
    Deprecated,
    Retired,
    Imported,
}
