using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Postgres;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Search.Embedded;
using Gateway.Search.Indexing;
using Gateway.Search.Postgres;
using Gateway.Search.Sqlite;
using Gateway.Search.Tests.Embedded;

namespace Gateway.Search.Tests.Indexing;

[Collection(SearchIndexCollection.Name)]
public sealed class SearchIndexerTests(SearchIndexFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [BothIndexes]
    public async Task Published_products_become_searchable_with_their_fields(IndexKind kind)
    {
        await using var under = await fixture.CreateAsync(kind);
        await CatalogSamples.PublishSamplesAsync(under.Store);

        var handled = await Indexer(under.Store, under.Index).CatchUpAsync(None);
        var results = await under.Index.SearchAsync("email");

        Assert.Equal(3, handled);
        var users = Assert.Single(results.Hits);
        Assert.Equal("urn:dp:registration:registered-users", users.Urn);
        Assert.Contains(users.Highlights, highlight => highlight.Field == "field:User.email");
    }

    [Theory]
    [BothIndexes]
    public async Task A_crash_mid_batch_loses_nothing_and_indexes_every_product_once_after_a_restart(IndexKind kind)
    {
        await using var under = await fixture.CreateAsync(kind);
        var urns = await CatalogSamples.PublishPlainAsync(under.Store, 25);

        // The first batch of ten goes through; the second crashes after indexing five of its products.
        var crashing = new CrashingIndex(under.Index) { CrashOnCall = 2 };
        var crash = await Assert.ThrowsAsync<IOException>(() => Indexer(under.Store, crashing).CatchUpAsync(None));
        var positionAfterCrash = await under.Store.GetOutboxPositionAsync("search-index", None);

        // A new process: new store and index objects over the same database, the same consumer.
        await using var store = await ReopenStoreAsync(kind, under.Location);
        await using var index = await ReopenIndexAsync(kind, under.Location);
        var handled = await Indexer(store, index).CatchUpAsync(None);

        Assert.Contains("call 2", crash.Message, StringComparison.Ordinal);
        Assert.Equal(10, positionAfterCrash.EventId - (await FirstEventIdAsync(under.Store)) + 1);
        Assert.Equal(15, handled);
        var all = await index.SearchAsync("bulk", first: 100);
        Assert.Equal(25, all.TotalCount);
        Assert.Equal(urns.Order(StringComparer.Ordinal), all.Urns().Order(StringComparer.Ordinal));
        Assert.Empty((await store.ReadOutboxAsync("search-index", 100, None)).Events);
    }

    [Theory]
    [BothIndexes]
    public async Task The_indexer_backs_off_while_the_index_fails_then_catches_up(IndexKind kind)
    {
        await using var under = await fixture.CreateAsync(kind);
        await CatalogSamples.PublishPlainAsync(under.Store, 3);
        var crashing = new CrashingIndex(under.Index) { CrashOnCall = 1, Crashes = 3 };
        var waits = new List<TimeSpan>();
        var options = new SearchIndexerOptions { InitialBackoff = TimeSpan.FromMilliseconds(1), PollInterval = TimeSpan.FromMilliseconds(5) };
        var indexer = new SearchIndexer(under.Store, new SearchDocumentBuilder(under.Store), crashing, options, failed: (_, wait) => waits.Add(wait));
        using var stop = new CancellationTokenSource();

        var running = indexer.RunAsync(stop.Token);
        await crashing.Indexed.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await stop.CancelAsync();
        await running;

        Assert.Equal([TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(4)], waits);
        Assert.Equal(3, (await under.Index.SearchAsync("bulk")).TotalCount);
    }

    [Fact]
    public void Backoff_doubles_up_to_its_maximum()
    {
        var options = new SearchIndexerOptions { InitialBackoff = TimeSpan.FromMilliseconds(200), MaxBackoff = TimeSpan.FromSeconds(30) };

        Assert.Equal(TimeSpan.FromMilliseconds(200), options.BackoffAfter(0));
        Assert.Equal(TimeSpan.FromMilliseconds(800), options.BackoffAfter(2));
        Assert.Equal(TimeSpan.FromSeconds(30), options.BackoffAfter(8));
        Assert.Equal(TimeSpan.FromSeconds(30), options.BackoffAfter(1000));
    }

    [Theory]
    [BothIndexes]
    public async Task Each_outbox_consumer_reads_every_event_at_its_own_position(IndexKind kind)
    {
        await using var under = await fixture.CreateAsync(kind);
        await CatalogSamples.PublishPlainAsync(under.Store, 4);

        var first = await under.Store.ReadOutboxAsync("search-index", 3, None);
        await under.Store.AdvanceOutboxAsync("search-index", first.End, None);
        var webhooks = await under.Store.ReadOutboxAsync("webhooks", 10, None);
        var rest = await under.Store.ReadOutboxAsync("search-index", 10, None);
        await under.Store.AdvanceOutboxAsync("search-index", OutboxPosition.Start, None);

        Assert.Equal(3, first.Events.Count);
        Assert.Equal(4, webhooks.Events.Count);
        Assert.Equal(webhooks.Events[3], Assert.Single(rest.Events));
        Assert.Equal(first.End, await under.Store.GetOutboxPositionAsync("search-index", None));
        Assert.Equal(4, (await under.Store.ReadOutboxAsync(10, None)).Count);
    }

    [Fact]
    public async Task On_PostgreSQL_an_event_committed_before_an_older_transaction_waits_for_it()
    {
        await using var under = await fixture.CreateAsync(IndexKind.Postgres);
        await using var older = new Npgsql.NpgsqlConnection(under.Location);
        await older.OpenAsync();
        await using var olderTransaction = await older.BeginTransactionAsync();
        await InsertEventAsync(older, olderTransaction, "urn:dp:bulk:older");

        await using (var newer = new Npgsql.NpgsqlConnection(under.Location))
        {
            await newer.OpenAsync();
            await using var newerTransaction = await newer.BeginTransactionAsync();
            await InsertEventAsync(newer, newerTransaction, "urn:dp:bulk:newer");
            await newerTransaction.CommitAsync();
        }

        var whileOlderRuns = await under.Store.ReadOutboxAsync("search-index", 10, None);
        await olderTransaction.CommitAsync();
        var afterwards = await under.Store.ReadOutboxAsync("search-index", 10, None);

        Assert.Empty(whileOlderRuns.Events);
        Assert.Equal(["urn:dp:bulk:older", "urn:dp:bulk:newer"], afterwards.Events.Select(e => e.Subject));
    }

    private static SearchIndexer Indexer(SqlCatalogStore store, ISearchIndex index) =>
        new(store, new SearchDocumentBuilder(store), index, new SearchIndexerOptions { BatchSize = 10 });

    private static async Task<long> FirstEventIdAsync(SqlCatalogStore store) => (await store.ReadOutboxAsync(1, None))[0].Id;

    private static async Task<SqlCatalogStore> ReopenStoreAsync(IndexKind kind, string location) => kind == IndexKind.Sqlite
        ? await SqliteCatalogStore.OpenAsync(location, None)
        : await PostgresCatalogStore.OpenAsync(location, None);

    private static async Task<EmbeddedSearchIndex> ReopenIndexAsync(IndexKind kind, string location)
    {
        EmbeddedSearchIndex index = kind == IndexKind.Sqlite ? new SqliteSearchIndex(location) : new PostgresSearchIndex(location);
        await index.InitializeAsync(None);
        return index;
    }

    private static async Task InsertEventAsync(Npgsql.NpgsqlConnection connection, Npgsql.NpgsqlTransaction transaction, string subject)
    {
        await using var command = new Npgsql.NpgsqlCommand(
            "INSERT INTO outbox_events (kind, subject, payload, created_at) VALUES ('product.published', @subject, '{}', '2026-11-01T00:00:00.0000000Z')",
            connection, transaction);
        command.Parameters.AddWithValue("subject", subject);
        await command.ExecuteNonQueryAsync();
    }
}
