namespace Gateway.Catalog.Tests.Storage;

/// <summary>The stores every storage test runs against.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
