using System.Text.Json;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

/// <summary>What a backup keeps of identity and access: clients, access grants, and on request the audit log.</summary>
[Collection(CatalogStoreCollection.Name)]
public sealed class AccessBackupTests(CatalogStoreFixture stores)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ProductUrn Users = ProductUrn.Parse("urn:dp:registration:registered-users");
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(StoreKind.Sqlite, StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres, StoreKind.Postgres)]
    [InlineData(StoreKind.Sqlite, StoreKind.Postgres)]
    [InlineData(StoreKind.Postgres, StoreKind.Sqlite)]
    public async Task Grants_and_the_audit_log_restore_with_their_states(StoreKind from, StoreKind to)
    {
        await using var source = await SeededAsync(from);
        var backup = await source.ExportAsync(new CatalogExportOptions { WithAuditLog = true }, None);

        await using var target = await stores.CreateAsync(to, new FixedClock(Start.AddDays(2)));
        await target.ImportAsync(ThroughJson(backup), None);

        Assert.Equal(Grants(await source.ListProductGrantsAsync(Users, null, None)), Grants(await target.ListProductGrantsAsync(Users, null, None)));
        Assert.Equal(
            ["approved analytics", "revoked marketing"],
            (await target.ListClientGrantsAsync("analyst", None)).Select(grant => $"{grant.Status.ToString().ToLowerInvariant()} {grant.Purpose}").Order());
        var audit = await target.ListAuditEntriesAsync(Users, 10, null, None);
        Assert.Equal(["Second", "First"], audit.Entries.Select(entry => entry.OperationName));
        Assert.Equal(["User.email"], audit.Entries[1].MaskedFields);
        Assert.Equal(("analyst", true), (audit.Entries[0].ClientId, audit.Entries[0].Rejected));

        // The restored store goes on numbering grants after the restored ones.
        var next = await target.RequestGrantAsync(new AccessGrantRequest("analyst", Users, "marketing", "campaign again"), None);
        Assert.Equal(4, (await target.ListProductGrantsAsync(Users, null, None)).Select(grant => grant.Id).Distinct().Count());
        Assert.Equal(AccessGrantStatus.Pending, next.Status);
    }

    [Theory]
    [BothStores]
    public async Task The_audit_log_is_left_out_unless_asked_for(StoreKind kind)
    {
        await using var store = await SeededAsync(kind);

        var plain = await store.ExportAsync(None);
        var withAudit = await store.ExportAsync(new CatalogExportOptions { WithAuditLog = true }, None);

        Assert.False(plain.Tables.ContainsKey(CatalogExportOptions.AuditLogTable));
        Assert.Equal(3, plain.Tables["access_grants"].Count);
        Assert.Equal(2, plain.Tables["clients"].Count);
        Assert.Equal(2, withAudit.Tables[CatalogExportOptions.AuditLogTable].Count);
        Assert.All(plain.Tables["clients"], client => Assert.StartsWith("pbkdf2-sha256$", client["secret_hash"].GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [BothStores]
    public async Task A_backup_of_an_older_schema_without_access_sections_restores(StoreKind kind)
    {
        await using var source = await SeededAsync(kind);
        await source.PublishAsync(TestPublications.Product("urn:dp:sales:orders"), 0, None);
        var current = await source.ExportAsync(None);

        // A backup written before grants were exported, at the schema that introduced the access tables.
        var tables = current.Tables.Where(table => table.Key is not ("access_grants" or "clients"))
            .ToDictionary(table => table.Key, table => table.Value, StringComparer.Ordinal);
        var older = new CatalogSnapshot(CatalogSnapshot.CurrentFormat, 4, current.ExportedAt, tables);
        await using var target = await stores.CreateAsync(kind);

        await target.ImportAsync(ThroughJson(older), None);

        Assert.NotNull(await target.GetProductAsync(ProductUrn.Parse("urn:dp:sales:orders"), None));
        Assert.Empty(await target.ListProductGrantsAsync(Users, null, None));
        Assert.Empty(await target.ListClientsAsync(None));
    }

    [Theory]
    [BothStores]
    public async Task A_backup_of_a_newer_schema_is_refused(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        var newer = new CatalogSnapshot(CatalogSnapshot.CurrentFormat, CatalogMigrations.All[^1].Version + 1, Start, new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>>());

        var rejected = await Assert.ThrowsAsync<CatalogRejectedException>(() => store.ImportAsync(newer, None));

        Assert.Contains("newer than this catalog's", rejected.Message, StringComparison.Ordinal);
    }

    /// <summary>Two clients; three grants of one product (approved, revoked, pending); two audit entries.</summary>
    private async Task<SqlCatalogStore> SeededAsync(StoreKind kind)
    {
        var clock = new FixedClock(Start);
        var store = await stores.CreateAsync(kind, clock);
        await store.CreateClientAsync(new ClientRecord("analyst", "pbkdf2-sha256$1$c2FsdA==$aGFzaA==", ["read"], ["consumer"], ["analytics", "marketing"], [], Start), None);
        await store.CreateClientAsync(new ClientRecord("support", "pbkdf2-sha256$1$c2FsdA==$aGFzaA==", ["read"], ["consumer"], ["customer-support"], [], Start), None);
        var approved = await store.RequestGrantAsync(new AccessGrantRequest("analyst", Users, "analytics", "churn report"), None);
        var revoked = await store.RequestGrantAsync(new AccessGrantRequest("analyst", Users, "marketing", "campaign"), None);
        await store.RequestGrantAsync(new AccessGrantRequest("support", Users, "customer-support", "tickets"), None);
        clock.Now = Start.AddHours(1);
        await store.ApproveGrantAsync(approved.Id, "maria", Start.AddDays(30), None);
        await store.ApproveGrantAsync(revoked.Id, "maria", null, None);
        await store.RevokeGrantAsync(revoked.Id, "maria", "campaign over", None);
        await store.AppendAuditEntriesAsync(
        [
            new AuditLogEntry(0, Start.AddHours(2), "analyst", "analytics", Users, "First", ["User.id"], ["User.email"], [], Rejected: false),
            new AuditLogEntry(0, Start.AddHours(3), "analyst", null, Users, "Second", [], [], ["User.birthDate"], Rejected: true),
        ], None);
        return store;
    }

    private static CatalogSnapshot ThroughJson(CatalogSnapshot snapshot) =>
        JsonSerializer.Deserialize<CatalogSnapshot>(JsonSerializer.Serialize(snapshot, CatalogSnapshotJson.Options), CatalogSnapshotJson.Options)!;

    /// <summary>Each grant as text, its id aside (a restore numbers rows anew).</summary>
    private static List<string> Grants(IReadOnlyList<AccessGrant> grants) =>
        [.. grants.Select(grant => string.Join("|", grant.ClientId, grant.Product, grant.Purpose, grant.Justification, grant.Status, grant.RequestedAt,
            grant.DecidedBy, grant.DecidedAt, grant.ExpiresAt, grant.Reason, grant.RevokedBy, grant.RevokedAt)).Order()];
}
