using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace Gateway.Tests.Http;

/// <summary>
/// The graphql-http server audit (npm graphql-http 1.22.4, 60 audits) against <c>gateway serve --mock</c>
/// with a schema that has Query and Mutation types: every MUST and SHOULD audit passes; MAY audits may
/// warn. With CSRF prevention on (the default) the three MAY audits that GET without a preflight header
/// are refused by design; with it off, all 60 pass.
/// </summary>
public sealed class HttpAuditTests : IDisposable
{
    private readonly TempDirectory _files = new();
    private readonly ITestOutputHelper _output;

    public HttpAuditTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(true, 57)]
    [InlineData(false, 60)]
    public async Task Every_must_and_should_audit_passes(bool csrfPrevention, int expectedPasses)
    {
        var schema = _files.Write("audit.graphql", "type Query { hello: String } type Mutation { noop: Boolean }");
        await using var run = await ServeRun.StartAsync(schema, null, options => options.CsrfPrevention = csrfPrevention);

        var results = await RunAuditAsync(run.Endpoint);
        var summary = results
            .GroupBy(result => (result.Level, result.Status))
            .OrderBy(group => group.Key.Level, StringComparer.Ordinal)
            .Select(group => $"{group.Key.Level} {group.Key.Status}: {group.Count()}");
        _output.WriteLine($"csrfPrevention={csrfPrevention}: {string.Join(", ", summary)}");
        foreach (var result in results.Where(result => result.Status != "ok"))
        {
            _output.WriteLine($"{result.Id} {result.Status}: {result.Name} ({result.Reason})");
        }

        Assert.Equal(60, results.Count);
        Assert.DoesNotContain(results, result => result.Level is "MUST" or "SHOULD" && result.Status != "ok");
        Assert.Equal(expectedPasses, results.Count(result => result.Status == "ok"));
    }

    private static async Task<List<AuditResult>> RunAuditAsync(Uri endpoint)
    {
        var interop = InteropPaths.Directory;
        if (!Directory.Exists(Path.Combine(interop, "node_modules", "graphql-http")))
        {
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], interop);
        }

        var stdout = await RunAsync("node", ["http-audit.mjs", endpoint.ToString()], interop);
        using var json = JsonDocument.Parse(stdout);
        return [.. json.RootElement.GetProperty("results").EnumerateArray().Select(result => new AuditResult(
            result.GetProperty("id").GetString()!,
            result.GetProperty("name").GetString()!,
            result.GetProperty("status").GetString()!,
            result.GetProperty("level").GetString()!,
            result.TryGetProperty("reason", out var reason) ? reason.GetString() : null))];
    }

    private static async Task<string> RunAsync(string program, string[] arguments, string directory)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await stderr}");
        }

        return await stdout;
    }

    private sealed record AuditResult(string Id, string Name, string Status, string Level, string? Reason);
}
