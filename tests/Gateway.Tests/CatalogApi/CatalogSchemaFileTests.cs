using Gateway.Catalog.Storage.Sqlite;
using Gateway.CatalogApi;
using Gateway.GraphQL.Types;
using Gateway.Security;

namespace Gateway.Tests.CatalogApi;

/// <summary>
/// <c>schema/catalog.graphql</c> is the catalog API's SDL as the gateway serves it (every part, changes included, and
/// the access API served with identity).
/// After changing the API, regenerate the file with <c>UPDATE_CATALOG_SCHEMA=1 dotnet test tests/Gateway.Tests --filter CatalogSchemaFileTests</c>.
/// </summary>
public sealed class CatalogSchemaFileTests
{
    private const string UpdateVariable = "UPDATE_CATALOG_SCHEMA";

    [Fact]
    public async Task The_checked_in_schema_is_the_served_catalog_api()
    {
        await using var rig = await CatalogApiRig.StartSqliteAsync(adminApi: true, search: true);
        using var folder = new TempDirectory();
        await using var identity = await GatewayIdentity.OpenAsync(
            new IdentitySettings { DataDirectory = folder.Path }, await SqliteCatalogStore.OpenAsync(Path.Combine(folder.Path, SqliteCatalogStore.FileName), CancellationToken.None),
            "http://gateway.test", "/graphql", TimeProvider.System, CancellationToken.None);
        using var contractRules = await CatalogContractRules.LoadAsync(identity.Store, CancellationToken.None);
        var printed = new CatalogApiField(
            CatalogApiModules.Create(rig.Gateway.Store, () => rig.Gateway.Registry, () => rig.Gateway.Publisher, admin: true, rig.Gateway.Search, identity, contractRules))
            .PrintSdl() + "\n";
        // The rig serves without identity: what it serves is checked against the same parts without the access API.
        var withoutIdentity = new CatalogApiField(CatalogApiModules.Create(rig.Gateway.Store, () => rig.Gateway.Registry, () => rig.Gateway.Publisher, admin: true, rig.Gateway.Search)).PrintSdl() + "\n";
        var file = Path.Combine(CatalogSeed.RepositoryRoot(), "schema", "catalog.graphql");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(file, printed);
        }

        var served = SchemaPrinter.Print(rig.Gateway.Live.Current!.ServedSchema);
        var checkedIn = File.Exists(file) ? (await File.ReadAllTextAsync(file)).ReplaceLineEndings("\n") : "";

        Assert.True(
            checkedIn == printed,
            $"schema/catalog.graphql differs from the catalog API the gateway serves; regenerate it with {UpdateVariable}=1 dotnet test tests/Gateway.Tests --filter {nameof(CatalogSchemaFileTests)} and review the diff.");
        foreach (var block in withoutIdentity.Split("\n\n"))
        {
            if (!block.StartsWith("type Query", StringComparison.Ordinal) && !block.StartsWith("type Mutation", StringComparison.Ordinal))
            {
                Assert.Contains(block.TrimEnd('\n'), served, StringComparison.Ordinal);
            }
        }
    }
}
