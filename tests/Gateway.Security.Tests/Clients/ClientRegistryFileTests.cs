using Gateway.Security.Clients;

namespace Gateway.Security.Tests.Clients;

public sealed class ClientRegistryFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-clients-").FullName;
    private readonly ManualClock _clock = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Saved_clients_load_back_and_still_authenticate_with_their_secrets()
    {
        var path = Path.Combine(_directory, "clients.json");
        var registry = new ClientRegistry(_clock, secretHashIterations: 1_000);
        var (_, secret) = registry.Register("reporting", ["catalog:read"], ["consumer"], ["billing"]);
        registry.Register("retired", [], [], []);
        registry.Revoke("retired");

        ClientRegistryFile.Save(registry, path);
        var loaded = ClientRegistryFile.Load(path, _clock, secretHashIterations: 1_000);

        Assert.NotNull(loaded.Authenticate("reporting", secret));
        Assert.Equal(["billing"], loaded.Find("reporting")!.Purposes);
        Assert.Equal(_clock.GetUtcNow(), loaded.Find("retired")!.RevokedAt);
        Assert.DoesNotContain(secret, File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_empty_registry()
    {
        Assert.Empty(ClientRegistryFile.Load(Path.Combine(_directory, "absent.json"), _clock).List());
    }
}
