using Gateway.Catalog.Model;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class SigningKeyStorageTests(CatalogStoreFixture stores)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [BothStores]
    public async Task Keys_read_back_in_generation_order(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);

        Assert.True(await store.TryAddSigningKeyAsync(Key(2), None));
        Assert.True(await store.TryAddSigningKeyAsync(Key(1), None));

        Assert.Equal([Key(1), Key(2)], await store.ListSigningKeysAsync(None));
    }

    [Theory]
    [BothStores]
    public async Task Only_one_of_two_replicas_adding_the_same_generation_succeeds(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.TryAddSigningKeyAsync(Key(1), None);

        var added = await Task.WhenAll(
            store.TryAddSigningKeyAsync(Key(2) with { KeyId = "replica-a" }, None),
            store.TryAddSigningKeyAsync(Key(2) with { KeyId = "replica-b" }, None));

        Assert.Equal([false, true], added.Order());
        Assert.Equal(2, (await store.ListSigningKeysAsync(None)).Count);
    }

    [Theory]
    [BothStores]
    public async Task Deleting_before_a_generation_keeps_it_and_the_newer_ones(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        foreach (var generation in new long[] { 1, 2, 3 })
        {
            await store.TryAddSigningKeyAsync(Key(generation), None);
        }

        Assert.Equal(2, await store.DeleteSigningKeysBeforeAsync(3, None));

        Assert.Equal([Key(3)], await store.ListSigningKeysAsync(None));
    }

    private static StoredSigningKey Key(long generation) =>
        new(generation, $"kid-{generation}", $"aes256gcm$sealed-{generation}", Start.AddDays(30 * (generation - 1)), Start.AddDays(30 * (generation - 1)).AddMinutes(-1));
}
