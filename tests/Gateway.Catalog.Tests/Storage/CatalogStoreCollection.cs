namespace Gateway.Catalog.Tests.Storage;

/// <summary>The storage test classes share one PostgreSQL cluster.</summary>
[CollectionDefinition(Name)]
public sealed class CatalogStoreCollection : ICollectionFixture<CatalogStoreFixture>
{
    public const string Name = "catalog stores";
}
