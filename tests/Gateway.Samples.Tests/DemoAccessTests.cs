using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Commands;
using Gateway.Demo;
using Gateway.Security;
using Microsoft.Extensions.Logging;

namespace Gateway.Samples.Tests;

/// <summary>
/// The demo with identity, as <c>gateway serve --demo</c> runs it: the tokens it prints meet the sample contracts'
/// masks at once, because clients, grants and the published products share one catalog store.
/// </summary>
public sealed class DemoAccessTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "gateway-demo-access-" + Guid.NewGuid().ToString("N"));
    private readonly CancellationTokenSource _stop = new();
    private readonly ServedLines _output = new();
    private readonly HttpClient _http = new();
    private Task<int>? _demo;

    public async Task InitializeAsync()
    {
        var serve = new ServeSettings(new FileInfo("demo"), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders());
        var demo = new DemoSettings(new DirectoryInfo(_data), Reset: false, DemoFixture.Sizes);
        var identity = new IdentitySettings { DataDirectory = _data, TokenLifetime = TimeSpan.FromHours(1) };
        var errors = new StringWriter();
        _demo = DemoServer.RunWithIdentityAsync(serve, demo, identity, _output, errors, _stop.Token);
        if (await Task.WhenAny(_output.TokensPrinted, _demo) == _demo)
        {
            throw new InvalidOperationException($"The demo stopped before serving (exit code {await _demo}): {_output}{errors}");
        }
    }

    [Fact]
    public async Task One_query_gives_the_granted_client_raw_values_another_purpose_masked_values_and_anonymous_no_personal_data()
    {
        var userId = Convert.ToInt64(new SystemsOfRecord(_data).Scalar("registration.db", "SELECT id FROM users ORDER BY id LIMIT 1"), CultureInfo.InvariantCulture);
        var email = (string)new SystemsOfRecord(_data).Query("registration.db", "SELECT email FROM users WHERE id = @id", ("@id", userId)).Single()[0]!;
        var query = $$"""{ user(id: "{{userId}}") { name email } }""";

        var support = await PostAsync(query, Token("SUPPORT_TOKEN"), "customer-support");
        var analyst = await PostAsync(query, Token("ANALYST_TOKEN"), "analytics");
        var anonymous = await PostAsync(query, token: null, purpose: null);

        Assert.Equal(email, support.GetProperty("data").GetProperty("user").GetProperty("email").GetString());
        var analystEmail = analyst.GetProperty("data").GetProperty("user").GetProperty("email");
        Assert.NotEqual(email, analystEmail.ValueKind == JsonValueKind.String ? analystEmail.GetString() : null);
        Assert.False(analyst.TryGetProperty("errors", out _), $"The analyst's masked read answered errors: {analyst}");
        var anonymousEmail = anonymous.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.GetProperty("user") is { ValueKind: JsonValueKind.Object } user ? user.GetProperty("email") : default;
        Assert.NotEqual(email, anonymousEmail.ValueKind == JsonValueKind.String ? anonymousEmail.GetString() : null);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _stop.CancelAsync();
        if (_demo is not null)
        {
            Assert.Equal(ExitCodes.Success, await _demo);
        }

        _stop.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    private string Token(string variable)
    {
        var marker = $"export {variable}=";
        foreach (var line in _output.ToString().Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith(marker, StringComparison.Ordinal))
            {
                return trimmed[marker.Length..];
            }
        }

        throw new InvalidOperationException($"The demo printed no {variable}: {_output}");
    }

    private async Task<JsonElement> PostAsync(string query, string? token, string? purpose)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, await _output.Endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (purpose is not null)
        {
            request.Headers.Add(DemoClients.PurposeHeader, purpose);
        }

        using var response = await _http.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
