using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Catalog.Storage;
using Gateway.Commands;
using Gateway.Security;
using Gateway.Tests.Http;
using Gateway.Tests.Registry;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class ClientCommandTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Create_list_rotate_and_revoke_keep_the_clients_in_the_catalog()
    {
        var data = _files.PathOf("data");

        var created = await GatewayRun.StartAsync("client", "create", "analyst", "--role", "consumer", "--purpose", "analytics", "--scope", "catalog:read", "--data-dir", data);
        var publisher = await GatewayRun.StartAsync("client", "create", "sales-team", "--role", "publisher", "--domain", "sales", "--data-dir", data);
        var rotated = await GatewayRun.StartAsync("client", "rotate-secret", "analyst", "--data-dir", data);
        var revoked = await GatewayRun.StartAsync("client", "revoke", "sales-team", "--data-dir", data);
        var list = await GatewayRun.StartAsync("client", "list", "--data-dir", data);

        Assert.Equal(0, created.ExitCode);
        Assert.Matches("^client_id=analyst\nclient_secret=[A-Za-z0-9_-]{43}$", created.Out.ReplaceLineEndings("\n"));
        Assert.Contains("shown only now", created.Error, StringComparison.Ordinal);
        Assert.Equal(0, publisher.ExitCode);
        Assert.Equal(0, rotated.ExitCode);
        Assert.NotEqual(Secret(created), Secret(rotated));
        Assert.Equal(0, revoked.ExitCode);
        Assert.Equal(0, list.ExitCode);
        var lines = list.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.StartsWith("analyst\tactive\tconsumer\tcatalog:read\tanalytics\t-\t", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("sales-team\trevoked\tpublisher\t-\t-\tsales\t", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(Secret(rotated), list.Out, StringComparison.Ordinal);
        Assert.Equal("2 clients.", list.Error);
    }

    [Fact]
    public async Task A_taken_id_or_unknown_client_exits_1_and_bad_options_exit_2()
    {
        var data = _files.PathOf("data");
        await GatewayRun.StartAsync("client", "create", "analyst", "--data-dir", data);

        var taken = await GatewayRun.StartAsync("client", "create", "analyst", "--data-dir", data);
        var unknown = await GatewayRun.StartAsync("client", "revoke", "nobody", "--data-dir", data);
        var badRole = await GatewayRun.StartAsync("client", "create", "x", "--role", "superuser", "--data-dir", data);
        var noCatalog = await GatewayRun.StartAsync("client", "list", "--data-dir", _files.PathOf("absent"));

        Assert.Equal((1, "A client with the id 'analyst' already exists; choose another id, or rotate its secret."), (taken.ExitCode, taken.Error));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No client has the id 'nobody'", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, badRole.ExitCode);
        Assert.Contains("'superuser' is not a role", badRole.Error, StringComparison.Ordinal);
        Assert.Equal(2, noCatalog.ExitCode);
    }

    [Fact]
    public async Task A_client_created_on_the_command_line_gets_tokens_from_a_serving_gateway_until_it_is_revoked()
    {
        var data = _files.PathOf("data");
        var created = await GatewayRun.StartAsync("client", "create", "analyst", "--purpose", "analytics", "--data-dir", data);
        var schema = _files.Write("schema.graphql", "type Query { hello: String }");
        var output = new LineWriter();
        using var stop = new CancellationTokenSource();
        var settings = new ServeSettings(new FileInfo(schema), null, ["http://127.0.0.1:0"], ConfigureBuilder: builder => builder.Logging.ClearProviders());
        var identity = new IdentitySettings { DataDirectory = data, Issuer = "http://gateway.test", RevocationRefreshInterval = TimeSpan.FromMilliseconds(50) };
        var serving = ServeCommand.RunWithIdentityAsync(
            settings, identity, new CatalogStoreSettings { DataDirectory = data }, served => ServeCommand.RunAsync(served, output, stop.Token), stop.Token);
        var endpoint = new Uri((await output.FirstLine).Split(" at ")[1].Split(' ')[0]);
        using var http = new HttpClient { BaseAddress = new Uri(endpoint.GetLeftPart(UriPartial.Authority)) };

        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("analyst:" + Secret(created))));
        using var tokenResponse = await http.SendAsync(tokenRequest);
        using var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        var accessToken = token.RootElement.GetProperty("access_token").GetString()!;
        var before = await StatusAsync(http, accessToken);
        var revoked = await GatewayRun.StartAsync("client", "revoke", "analyst", "--data-dir", data);
        await Eventually.HoldsAsync(async () => await StatusAsync(http, accessToken) == HttpStatusCode.Unauthorized);

        await stop.CancelAsync();
        Assert.Equal(0, await serving);
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(0, revoked.ExitCode);
        Assert.True(File.Exists(Path.Combine(data, GatewayIdentity.SigningKeyFileName)));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static string Secret(GatewayRun run) => run.Out.ReplaceLineEndings("\n").Split('\n')[1]["client_secret=".Length..];
}
