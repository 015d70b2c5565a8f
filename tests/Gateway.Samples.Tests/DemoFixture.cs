using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Commands;
using Gateway.Demo;
using Gateway.Samples.SystemOfRecord;
using Microsoft.Extensions.Logging;

namespace Gateway.Samples.Tests;

/// <summary>
/// <c>gateway serve --demo</c> run in-process for a test class: small sizes in a fresh data directory, the
/// gateway on a port the OS picks. Stopping it (cancellation, as Ctrl+C does) stops the subgraphs too.
/// </summary>
public sealed class DemoFixture : IAsyncLifetime
{
    public static readonly SampleSizes Sizes = new(Users: 150, Orders: 900, PlayEvents: 6_000, Seed: 7);

    private readonly CancellationTokenSource _stop = new();
    private Task<int>? _demo;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "gateway-demo-tests-" + Guid.NewGuid().ToString("N"));

    public ServedLines Output { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public SystemsOfRecord Records => new(DataDirectory);

    public async Task InitializeAsync()
    {
        var serve = new ServeSettings(new FileInfo("demo"), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders());
        var demo = new DemoSettings(new DirectoryInfo(DataDirectory), Reset: false, Sizes);
        var errors = new StringWriter();
        _demo = DemoServer.RunAsync(serve, demo, Output, errors, _stop.Token);
        if (await Task.WhenAny(Output.Endpoint, _demo) == _demo)
        {
            throw new InvalidOperationException($"The demo stopped before serving (exit code {await _demo}): {Output}{errors}");
        }

        Endpoint = await Output.Endpoint;
    }

    /// <summary>Posts <paramref name="query"/> to the demo gateway and answers the response body.</summary>
    public async Task<JsonElement> PostAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
        using var response = await Http.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Posts <paramref name="query"/> and answers its <c>data</c>, failing on any error.</summary>
    public async Task<JsonElement> DataAsync(string query)
    {
        var body = await PostAsync(query);
        Assert.False(body.TryGetProperty("errors", out var errors), $"The gateway answered errors: {errors}");
        return body.GetProperty("data");
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _stop.CancelAsync();
        if (_demo is not null)
        {
            Assert.Equal(ExitCodes.Success, await _demo);
        }

        _stop.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
