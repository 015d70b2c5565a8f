using Gateway.Search.Elasticsearch;

namespace Gateway.Search.Tests.Elasticsearch;

/// <summary>
/// A client and an index pointed at a <see cref="RecordedElasticsearch"/>, with the waits between attempts recorded
/// instead of slept and the clock fixed (so new index names are known: dp-products-20261121103000123).
/// </summary>
internal sealed class ElasticsearchRig : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 30, 0, 123, TimeSpan.Zero);

    private readonly HttpClient _http = new();

    private ElasticsearchRig(RecordedElasticsearch server, Func<ElasticsearchSettings, ElasticsearchSettings>? configure)
    {
        Server = server;
        var settings = new ElasticsearchSettings { Url = server.Url, RequestTimeout = TimeSpan.FromSeconds(30) };
        Settings = configure is null ? settings : configure(settings);
        Client = new ElasticsearchClient(Settings, _http, ownsHttp: false, (wait, _) =>
        {
            lock (Waits)
            {
                Waits.Add(wait);
            }

            return Task.CompletedTask;
        });
        Index = new ElasticsearchSearchIndex(Client, new FixedTime(Now));
    }

    public RecordedElasticsearch Server { get; }

    public ElasticsearchSettings Settings { get; }

    public ElasticsearchClient Client { get; }

    public ElasticsearchSearchIndex Index { get; }

    /// <summary>The waits the client asked for between attempts, in order.</summary>
    public List<TimeSpan> Waits { get; } = [];

    public static async Task<ElasticsearchRig> ReplayAsync(string fixture, Func<ElasticsearchSettings, ElasticsearchSettings>? configure = null) =>
        new(await RecordedElasticsearch.ReplayAsync(fixture), configure);

    /// <summary>A rig over a server the test started (and disposes with the rig).</summary>
    public static ElasticsearchRig Over(RecordedElasticsearch server, Func<ElasticsearchSettings, ElasticsearchSettings>? configure = null) =>
        new(server, configure);

    /// <summary>Every recorded response was used, and the requests sent match the snapshot of that name.</summary>
    public void AssertRequestsMatchSnapshot(string snapshot)
    {
        Server.AssertEveryExchangeServed();
        RequestSnapshot.Match(snapshot, Server.RequestsAsJson());
    }

    public async ValueTask DisposeAsync()
    {
        await Index.DisposeAsync();
        Client.Dispose();
        _http.Dispose();
        await Server.DisposeAsync();
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
