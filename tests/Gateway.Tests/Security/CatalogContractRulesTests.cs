using System.Diagnostics.Metrics;
using System.Text.Json;
using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.CatalogApi;
using Gateway.CatalogApi.Access;
using Gateway.CatalogApi.Products;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.Security;
using Gateway.Security.Policies;
using Gateway.Tests.CatalogApi;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Security;

/// <summary>A stored contract that no longer reads: loud (a logged error, a gauge, the product's accessRules) and safe (its last good rules stay).</summary>
public sealed class CatalogContractRulesTests : IAsyncLifetime
{
    private static readonly ProductUrn Users = ProductUrn.Parse("urn:dp:registration:registered-users");

    private readonly TempDirectory _files = new();
    private readonly RecordingLogger _logger = new();
    private SqliteCatalogStore _store = null!;
    private string _contract = "";

    public async Task InitializeAsync()
    {
        _store = await SqliteCatalogStore.OpenAsync(_files.PathOf(SqliteCatalogStore.FileName), CancellationToken.None);
        var samples = Path.Combine(CatalogSeed.RepositoryRoot(), "src", "Samples", "Registration");
        var descriptor = await File.ReadAllTextAsync(Path.Combine(samples, "product.yaml"));
        _contract = await File.ReadAllTextAsync(Path.Combine(samples, "contract.yaml"));
        await _store.PublishAsync(
            ProductPublicationBuilder.Build(
                CatalogDocumentReader.ReadDescriptor("product.yaml", descriptor).Document!, descriptor,
                CatalogDocumentReader.ReadContract("contract.yaml", _contract).Document!, _contract, subgraph: null, actor: "maria"),
            0, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    [Fact]
    public async Task A_contract_that_no_longer_reads_keeps_its_last_good_rules_and_says_so_everywhere()
    {
        using var rules = await CatalogContractRules.LoadAsync(_store, CancellationToken.None, _logger);
        var loaded = rules.StateOf(Users)!;
        Assert.Equal((ProductRulesStatus.Current, null), (loaded.Status, loaded.Error));
        Assert.Equal(0, StaleGauge(rules));

        await StoreContractTextAsync("apiVersion: v3.1.0\nkind: [not a contract");
        var refreshed = await rules.RefreshAsync(CancellationToken.None);

        Assert.False(refreshed);
        var stale = rules.StateOf(Users)!;
        Assert.Equal((ProductRulesStatus.Stale, loaded.Version, loaded.LoadedAt), (stale.Status, stale.Version, stale.LoadedAt));
        Assert.Contains($"The contract of {Users} version {loaded.Version} does not read:", stale.Error, StringComparison.Ordinal);
        Assert.True(rules.Rules.Current.Rules.ContainsKey("User.birthDate"));
        var logged = Assert.Single(_logger.Errors);
        Assert.Contains(Users.ToString(), logged, StringComparison.Ordinal);
        Assert.Contains("stay in force", logged, StringComparison.Ordinal);
        Assert.Equal(1, StaleGauge(rules));
        var api = await AccessRulesAsync(rules);
        Assert.Equal("STALE", api.GetProperty("status").GetString());
        Assert.Equal(loaded.Version.ToString(), api.GetProperty("version").GetString());
        Assert.Equal(stale.Error, api.GetProperty("error").GetString());

        await StoreContractTextAsync(_contract);
        Assert.True(await rules.RefreshAsync(CancellationToken.None));
        Assert.Equal("CURRENT", (await AccessRulesAsync(rules)).GetProperty("status").GetString());
        Assert.Equal(0, StaleGauge(rules));
    }

    [Fact]
    public async Task A_gateway_does_not_start_when_no_contract_of_a_product_reads()
    {
        await StoreContractTextAsync("kind: [");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => CatalogContractRules.LoadAsync(_store, CancellationToken.None, _logger));

        Assert.Contains(Users.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be protected", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Replaces the stored contract's text, as if the product had been published with a reader that has since changed.</summary>
    private async Task StoreContractTextAsync(string text)
    {
        await using var connection = new SqliteConnection($"Data Source={_files.PathOf(SqliteCatalogStore.FileName)}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE product_versions SET contract = $text WHERE product_urn = $urn";
        command.Parameters.AddWithValue("$text", text);
        command.Parameters.AddWithValue("$urn", Users.ToString());
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task<JsonElement> AccessRulesAsync(CatalogContractRules rules)
    {
        var schema = new CatalogApiField([new ProductsModule(_store), new AccessRulesModule(rules)]).BuildStandalone();
        var result = await Executor.ExecuteAsync(schema, new ExecutionRequest
        {
            Document = Parser.Parse($$"""{ catalog { product(urn: "{{Users}}") { accessRules { status version loadedAt error } } } }"""),
        });
        Assert.True(result.Errors.Count == 0, string.Join("; ", result.Errors.Select(e => e.Message)));
        using var json = JsonDocument.Parse(result.ToJson());
        return json.RootElement.GetProperty("data").GetProperty("catalog").GetProperty("product").GetProperty("accessRules").Clone();
    }

    private static long StaleGauge(CatalogContractRules rules)
    {
        long value = -1;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, rules.Meter) && instrument.Name == CatalogContractRules.StaleProductsInstrument)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, measurement, _, _) => value = measurement);
        listener.Start();
        listener.RecordObservableInstruments();
        return value;
    }

    /// <summary>Keeps the error messages logged.</summary>
    private sealed class RecordingLogger : ILogger
    {
        public List<string> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                Errors.Add(formatter(state, exception));
            }
        }
    }
}
