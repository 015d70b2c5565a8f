using System.Diagnostics;
using System.Text.Json;

namespace Gateway.GraphQL.InteropTests;

/// <summary>
/// graphql-js 16's answers for the whole corpus, from one run of <c>node tests/Interop/oracle.mjs</c>
/// per test run. Installs the pinned Node packages first (<c>npm ci</c>) when <c>node_modules</c> is
/// missing, so a plain <c>dotnet test</c> works on a fresh checkout with Node.js installed.
/// </summary>
public sealed class GraphQLJsOracle : IAsyncLifetime
{
    private JsonDocument? _answers;

    public string Version { get; private set; } = "";

    public JsonElement Answer(string caseId)
    {
        if (_answers is null)
        {
            throw new InvalidOperationException("The oracle has not run.");
        }

        return _answers.RootElement.GetProperty("cases").TryGetProperty(caseId, out var answer)
            ? answer
            : throw new InvalidOperationException($"graphql-js gave no answer for {caseId}; is the corpus out of step with oracle.mjs?");
    }

    public async Task InitializeAsync()
    {
        var directory = InteropDirectory.Path;
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "graphql")))
        {
            var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            await RunAsync(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], directory);
        }

        var output = await RunAsync("node", ["oracle.mjs"], directory);
        _answers = JsonDocument.Parse(output);
        Version = _answers.RootElement.GetProperty("graphql").GetString() ?? "";
    }

    public Task DisposeAsync()
    {
        _answers?.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<string> RunAsync(string program, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException(
                $"The interop tests need Node.js 20+ with npm on PATH to run graphql-js ({program}: {error.Message}).", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"'{program} {string.Join(' ', arguments)}' in {workingDirectory} exited with {process.ExitCode}:{Environment.NewLine}{await errors}");
            }

            return await output;
        }
    }
}
