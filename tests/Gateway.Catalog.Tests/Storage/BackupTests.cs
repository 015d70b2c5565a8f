using System.Text.Json;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class BackupTests(CatalogStoreFixture stores)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(StoreKind.Sqlite, StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres, StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite, StoreKind.Postgres)]
    [InlineData(StoreKind.Postgres, StoreKind.Sqlite)]
    public async Task A_backup_restores_into_an_empty_store_of_either_kind(StoreKind from, StoreKind to)
    {
        await using var source = await stores.CreateAsync(from);
        var publication = await ProductDetailTests.ExamplePublicationAsync();
        await source.PublishAsync(publication, 0, None);
        await source.UpsertDomainAsync(new Domain("sales", null, "Selling"), None);
        await source.RecordQualityResultAsync(new QualityResult(publication.Urn, "Order#0", true, 3.5, DateTimeOffset.UnixEpoch, null), None);
        await source.ChangeLifecycleAsync(
            new LifecycleChange(publication.Urn, LifecycleStatus.Deprecated, new Deprecation(new DateOnly(2099, 1, 1), null, "old"), null), 1, None);
        var backup = await source.ExportAsync(None);

        // Through JSON, as the command line writes it.
        var json = JsonSerializer.Serialize(backup, CatalogSnapshotJson.Options);
        await using var target = await stores.CreateAsync(to);
        await target.ImportAsync(JsonSerializer.Deserialize<CatalogSnapshot>(json, CatalogSnapshotJson.Options)!, None);

        var restored = await target.ExportAsync(None);
        Assert.Equal(Rows(backup), Rows(restored));
        var product = (await target.GetProductAsync(publication.Urn, None))!;
        Assert.Equal((LifecycleStatus.Deprecated, 2L), (product.Status, product.Revision));
        Assert.Equal(3.5, (await target.ListQualityAsync(publication.Urn, None))[0].Latest?.MeasuredValue);
        Assert.Equal(2, (await target.ListHistoryAsync(publication.Urn, None)).Count);
    }

    [Theory]
    [BothStores]
    public async Task A_backup_does_not_restore_over_a_catalog_with_data(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product("urn:dp:sales:orders"), 0, None);
        var backup = await store.ExportAsync(None);

        var rejected = await Assert.ThrowsAsync<CatalogRejectedException>(() => store.ImportAsync(backup, None));

        Assert.Contains("is not empty", rejected.Message);
    }

    [Theory]
    [BothStores]
    public async Task A_backup_with_an_unknown_column_is_refused_and_nothing_is_restored(StoreKind kind)
    {
        var tables = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>>
        {
            ["domains"] = [new Dictionary<string, JsonElement> { ["name"] = JsonSerializer.SerializeToElement("sales") }],
            ["teams"] = [new Dictionary<string, JsonElement> { ["name"] = JsonSerializer.SerializeToElement("t"), ["drop table products"] = JsonSerializer.SerializeToElement(1) }],
        };
        await using var store = await stores.CreateAsync(kind);

        var rejected = await Assert.ThrowsAsync<CatalogRejectedException>(
            () => store.ImportAsync(new CatalogSnapshot(CatalogSnapshot.CurrentFormat, CatalogMigrations.All[^1].Version, DateTimeOffset.UnixEpoch, tables), None));

        Assert.Contains("has a column 'drop table products'", rejected.Message);
        Assert.Empty(await store.ListDomainsAsync(None));
    }

    [Theory]
    [BothStores]
    public async Task A_large_backup_restores_every_row_across_statement_batches(StoreKind kind)
    {
        // 1,201 rows: two full batches of 500 and a partial one where a store batches rows; a null in some rows.
        var domains = new List<IReadOnlyDictionary<string, JsonElement>>();
        for (var i = 0; i < 1_201; i++)
        {
            domains.Add(new Dictionary<string, JsonElement>
            {
                ["name"] = JsonSerializer.SerializeToElement($"domain-{i:0000}"),
                ["parent"] = JsonSerializer.SerializeToElement<string?>(null),
                ["description"] = JsonSerializer.SerializeToElement(i % 2 == 0 ? $"Domain {i}" : null),
            });
        }

        await using var store = await stores.CreateAsync(kind);
        await store.ImportAsync(new CatalogSnapshot(CatalogSnapshot.CurrentFormat, CatalogMigrations.All[^1].Version, DateTimeOffset.UnixEpoch, new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>> { ["domains"] = domains }), None);

        var restored = await store.ListDomainsAsync(None);
        Assert.Equal(1_201, restored.Count);
        Assert.Equal(new Domain("domain-1200", null, "Domain 1200"), restored[^1]);
        Assert.Equal(new Domain("domain-0499", null, null), restored[499]);
    }

    /// <summary>Every row of every table as text, generated ids aside (a restore numbers them anew).</summary>
    private static List<string> Rows(CatalogSnapshot snapshot)
    {
        var rows = new List<string>();
        foreach (var (table, tableRows) in snapshot.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            foreach (var row in tableRows)
            {
                rows.Add(table + ":" + string.Join("|", row.Where(c => c.Key != "id").OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value.GetRawText()}")));
            }
        }

        return rows;
    }
}
