using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Sqlite;

namespace Gateway.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class CatalogBackupCommandTests : IDisposable
{
    private static readonly ProductUrn Orders = ProductUrn.Parse("urn:dp:sales:orders");

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Export_then_import_into_a_new_data_directory_restores_the_catalog()
    {
        var source = _files.PathOf("source");
        int schemaVersion;
        await using (var store = await SqliteCatalogStore.OpenAsync(Path.Combine(source, SqliteCatalogStore.FileName), CancellationToken.None))
        {
            await store.PublishAsync(Publication(), 0, CancellationToken.None);
            schemaVersion = await store.MigrateAsync(CancellationToken.None);
        }

        var backup = _files.PathOf("backup.json");
        var export = await GatewayRun.StartAsync("catalog", "export", "--data-dir", source, "--output", backup);
        var import = await GatewayRun.StartAsync("catalog", "import", "--data-dir", _files.PathOf("target"), "--input", backup);

        Assert.Equal((0, 0), (export.ExitCode, import.ExitCode));
        Assert.Equal($"Exported 1 products, 1 versions, 0 clients, 0 access grants (catalog schema {Catalog.Storage.CatalogMigrations.All[^1].Version}) to {backup}", export.Out);
        Assert.Equal($"Restored 1 products from {backup}", import.Out);
        await using var restored = await SqliteCatalogStore.OpenAsync(Path.Combine(_files.PathOf("target"), SqliteCatalogStore.FileName), CancellationToken.None);
        Assert.Equal(new SemanticVersion(1, 0, 0), (await restored.GetProductAsync(Orders, CancellationToken.None))!.CurrentVersion);
    }

    [Fact]
    public async Task With_audit_the_backup_carries_clients_grants_and_the_audit_log_into_the_new_catalog()
    {
        var source = _files.PathOf("source");
        await using (var store = await SqliteCatalogStore.OpenAsync(Path.Combine(source, SqliteCatalogStore.FileName), CancellationToken.None))
        {
            await store.PublishAsync(Publication(), 0, CancellationToken.None);
            await store.CreateClientAsync(new ClientRecord("analyst", "pbkdf2-sha256$1$c2FsdA==$aGFzaA==", [], ["consumer"], ["analytics"], [], DateTimeOffset.UnixEpoch), CancellationToken.None);
            var grant = await store.RequestGrantAsync(new AccessGrantRequest("analyst", Orders, "analytics", "churn report"), CancellationToken.None);
            await store.ApproveGrantAsync(grant.Id, "ana", null, CancellationToken.None);
            await store.AppendAuditEntriesAsync([new AuditLogEntry(0, DateTimeOffset.UnixEpoch, "analyst", "analytics", Orders, "Report", ["Order.id"], [], [], Rejected: false)], CancellationToken.None);
        }

        var backup = _files.PathOf("backup.json");
        var export = await GatewayRun.StartAsync("catalog", "export", "--data-dir", source, "--output", backup, "--with-audit");
        var import = await GatewayRun.StartAsync("catalog", "import", "--data-dir", _files.PathOf("target"), "--input", backup);

        Assert.Equal((0, 0), (export.ExitCode, import.ExitCode));
        Assert.StartsWith("Exported 1 products, 1 versions, 1 clients, 1 access grants, 1 audit entries (catalog schema", export.Out, StringComparison.Ordinal);
        await using var restored = await SqliteCatalogStore.OpenAsync(Path.Combine(_files.PathOf("target"), SqliteCatalogStore.FileName), CancellationToken.None);
        Assert.Equal("analyst", Assert.Single(await restored.ListActiveGrantsAsync("analyst", DateTimeOffset.UtcNow, CancellationToken.None)).ClientId);
        Assert.Equal("Report", Assert.Single((await restored.ListAuditEntriesAsync(Orders, 10, null, CancellationToken.None)).Entries).OperationName);
        Assert.DoesNotContain("audit", (await GatewayRun.StartAsync("catalog", "export", "--data-dir", source, "--output", _files.PathOf("plain.json"))).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_over_a_catalog_with_data_is_refused_with_exit_1()
    {
        var data = _files.PathOf("data");
        await using (var store = await SqliteCatalogStore.OpenAsync(Path.Combine(data, SqliteCatalogStore.FileName), CancellationToken.None))
        {
            await store.PublishAsync(Publication(), 0, CancellationToken.None);
        }

        var backup = _files.PathOf("backup.json");
        await GatewayRun.StartAsync("catalog", "export", "--data-dir", data, "--output", backup);

        var run = await GatewayRun.StartAsync("catalog", "import", "--data-dir", data, "--input", backup);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Not restored: The catalog is not empty", run.Error);
    }

    [Fact]
    public async Task Export_without_a_catalog_and_import_of_a_non_backup_are_unusable_input()
    {
        var notBackup = _files.Write("notes.json", "{\"hello\": [1, 2");
        var otherJson = _files.Write("other.json", "{\"hello\": [1, 2]}");

        var export = await GatewayRun.StartAsync("catalog", "export", "--data-dir", _files.PathOf("empty"), "--output", _files.PathOf("b.json"));
        var import = await GatewayRun.StartAsync("catalog", "import", "--data-dir", _files.PathOf("t"), "--input", notBackup);

        var other = await GatewayRun.StartAsync("catalog", "import", "--data-dir", _files.PathOf("t"), "--input", otherJson);

        Assert.Equal((2, 2, 2), (export.ExitCode, import.ExitCode, other.ExitCode));
        Assert.Contains("it has no 'format' and 'tables'", other.Error);
        Assert.Contains("There is no catalog at", export.Error);
        Assert.Contains("the file is not a catalog backup", import.Error);
        Assert.False(File.Exists(_files.PathOf("b.json")));
    }

    private static ProductPublication Publication() => new(
        Orders, "sales", null, "orders", null, "ana", null, DataClassification.Clean, ["gold"], new SemanticVersion(1, 0, 0),
        LifecycleStatus.Published, "descriptor", null, "orders-contract", [], [], [], [], [], null, "test");
}
