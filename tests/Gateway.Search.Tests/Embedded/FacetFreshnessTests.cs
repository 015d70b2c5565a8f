using Gateway.Search.Embedded;
using Gateway.Search.Postgres;
using Gateway.Search.Sqlite;

namespace Gateway.Search.Tests.Embedded;

/// <summary>
/// Facets counted from what the index knows of every product must follow every write: the index's own, and those of
/// another index (another process) on the same catalog.
/// </summary>
[Collection(SearchIndexCollection.Name)]
public sealed class FacetFreshnessTests(SearchIndexFixture fixture)
{
    [Theory]
    [BothIndexes]
    public async Task Facets_follow_the_index_own_writes(IndexKind kind)
    {
        await using var under = await fixture.CreateAsync(kind);
        await under.Index.IndexAsync([Corpus.Product("sales", "orders", "Orders", "Every order.", ["retail"])], IndexedCorpus.None);
        Assert.Equal([new SearchFacetValue("sales", 1)], (await under.Index.SearchAsync("orders")).Facets[0].Values);

        await under.Index.IndexAsync(
            [Corpus.Product("sales", "orders", "Orders", "Every order.", ["retail"], status: "deprecated"),
                Corpus.Product("finance", "order-costs", "Order costs", "What each order costs.", ["costs"])],
            IndexedCorpus.None);
        var results = await under.Index.SearchAsync("order");

        Assert.Equal(2, results.TotalCount);
        Assert.Equal([new SearchFacetValue("finance", 1), new SearchFacetValue("sales", 1)], results.Facets[0].Values);
        Assert.Equal([new SearchFacetValue("deprecated", 1), new SearchFacetValue("published", 1)], results.Facets[1].Values);
        Assert.Equal([new SearchFacetValue("costs", 1), new SearchFacetValue("retail", 1)], results.Facets[4].Values);
    }

    [Theory]
    [BothIndexes]
    public async Task Facets_follow_writes_made_by_another_index_on_the_same_catalog(IndexKind kind)
    {
        await using var under = await fixture.CreateAsync(kind);
        await using EmbeddedSearchIndex other = kind == IndexKind.Sqlite ? new SqliteSearchIndex(under.Location) : new PostgresSearchIndex(under.Location);
        await under.Index.IndexAsync([Corpus.Product("sales", "orders", "Orders", "Every order.", ["retail"])], IndexedCorpus.None);
        Assert.Equal(1, (await under.Index.SearchAsync("orders")).TotalCount);

        await other.IndexAsync([Corpus.Product("finance", "orders-paid", "Orders paid", "Orders once paid.", ["costs"])], IndexedCorpus.None);
        await other.RemoveAsync(["urn:dp:sales:orders"], CancellationToken.None);
        var results = await under.Index.SearchAsync("orders");

        Assert.Equal(["urn:dp:finance:orders-paid"], results.Urns());
        Assert.Equal([new SearchFacetValue("finance", 1)], results.Facets[0].Values);
        Assert.Equal([new SearchFacetValue("costs", 1)], results.Facets[4].Values);
    }
}
