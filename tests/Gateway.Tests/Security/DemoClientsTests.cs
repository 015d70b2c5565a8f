using System.Text.RegularExpressions;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Security;

namespace Gateway.Tests.Security;

public sealed partial class DemoClientsTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_demo_prints_valid_tokens_and_grants_only_what_the_sample_contracts_allow_once()
    {
        var store = await SqliteCatalogStore.OpenAsync(Path.Combine(_folder.Path, SqliteCatalogStore.FileName), None);
        await using var identity = await GatewayIdentity.OpenAsync(
            new IdentitySettings { DataDirectory = _folder.Path, SecretHashIterations = 1_000 }, store, "http://127.0.0.1:4000", "/graphql", TimeProvider.System, None);
        using var first = new StringWriter();
        using var second = new StringWriter();

        await DemoClients.PrepareAsync(identity, "http://127.0.0.1:4000/graphql", "42", first, None);
        await DemoClients.PrepareAsync(identity, "http://127.0.0.1:4000/graphql", "42", second, None);

        var tokens = TokenLine().Matches(second.ToString()).ToDictionary(match => match.Groups["name"].Value, match => match.Groups["token"].Value);
        Assert.Equal(["ANALYST_TOKEN", "SUPPORT_TOKEN", "MARKETING_TOKEN", "OWNER_TOKEN", "ADMIN_TOKEN"], tokens.Keys);
        foreach (var token in tokens.Values)
        {
            Assert.NotNull((await identity.Validator.ValidateAsync(token, None)).Claims);
        }

        var grants = (IAccessGrantStore)store;
        Assert.Equal(
            ["urn:dp:player:listening-summaries", "urn:dp:player:play-events", "urn:dp:registration:registered-users", "urn:dp:sales:orders"],
            (await grants.ListClientGrantsAsync("analyst", None)).Select(grant => grant.Product.ToString()).Order(StringComparer.Ordinal));
        Assert.All(await grants.ListClientGrantsAsync("support-agent", None), grant => Assert.Equal(("customer-support", AccessGrantStatus.Approved), (grant.Purpose, grant.Status)));
        Assert.Equal(2, (await grants.ListClientGrantsAsync("support-agent", None)).Count);
        Assert.Empty(await grants.ListClientGrantsAsync("marketing", None));
        Assert.Contains("Data-Purpose: customer-support", second.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"export (?<name>[A-Z_]+)=(?<token>[A-Za-z0-9_\-\.]+)")]
    private static partial Regex TokenLine();
}
