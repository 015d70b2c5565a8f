namespace Gateway.Search.Tests.Embedded;

/// <summary>The index test classes share one PostgreSQL cluster.</summary>
[CollectionDefinition(Name)]
public sealed class SearchIndexCollection : ICollectionFixture<SearchIndexFixture>
{
    public const string Name = "search indexes";
}
