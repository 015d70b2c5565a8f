using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class ProductBatchReadTests(CatalogStoreFixture stores)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [BothStores]
    public async Task Many_products_are_read_at_once_and_unknown_urns_are_left_out(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        var urns = new List<ProductUrn>();
        for (var i = 0; i < 520; i++)
        {
            await store.PublishAsync(TestPublications.Product($"urn:dp:sales:item-{i:000}"), 0, None);
            urns.Add(ProductUrn.Parse($"urn:dp:sales:item-{i:000}"));
        }

        urns.Add(ProductUrn.Parse("urn:dp:sales:nothing"));

        var products = await store.GetProductsAsync(urns, None);

        Assert.Equal(520, products.Count);
        Assert.Equal(urns.Take(520).Select(urn => urn.ToString()), products.Select(product => product.Urn.ToString()).Order(StringComparer.Ordinal));
        Assert.Empty(await store.GetProductsAsync([], None));
    }

    [Theory]
    [BothStores]
    public async Task Each_items_cursor_continues_the_listing_after_it_and_a_sub_domain_filters(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        for (var i = 0; i < 5; i++)
        {
            await store.PublishAsync(TestPublications.Product($"urn:dp:sales:item-{i}") with { SubDomain = i % 2 == 0 ? "web-shop" : null }, 0, None);
        }

        var first = await store.ListProductsAsync(new ProductQuery { Sort = ProductSort.UpdatedAt, First = 5 }, None);
        var afterSecond = await store.ListProductsAsync(new ProductQuery { Sort = ProductSort.UpdatedAt, First = 2, After = store.CursorOf(first.Items[1], ProductSort.UpdatedAt) }, None);
        var webShop = await store.ListProductsAsync(new ProductQuery { SubDomain = "web-shop" }, None);

        Assert.Equal(first.EndCursor, store.CursorOf(first.Items[^1], ProductSort.UpdatedAt));
        Assert.Equal([first.Items[2].Urn, first.Items[3].Urn], afterSecond.Items.Select(product => product.Urn));
        Assert.Equal(["urn:dp:sales:item-0", "urn:dp:sales:item-2", "urn:dp:sales:item-4"], webShop.Items.Select(product => product.Urn.ToString()));
        Assert.Equal(3, await store.CountProductsAsync(new ProductQuery { SubDomain = "web-shop" }, None));
    }
}
