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
            await NodeCommand.InstallAsync(directory);
        }

        var output = await NodeCommand.RunToEndAsync("node", ["oracle.mjs"], directory);
        _answers = JsonDocument.Parse(output);
        Version = _answers.RootElement.GetProperty("graphql").GetString() ?? "";
    }

    public Task DisposeAsync()
    {
        _answers?.Dispose();
        return Task.CompletedTask;
    }

}
