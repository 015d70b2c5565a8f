using System.Text.Json;
using Gateway.GraphQL.InteropTests;

namespace Gateway.Federation.Tests.Composition;

/// <summary>
/// What <c>@apollo/composition</c> 2.14.4 (pinned in <c>tests/Interop/package.json</c>) makes of every fixture set,
/// from one run of <c>node tests/Interop/composition/compose.mjs --sets ...</c> per test run. Installs the pinned
/// packages (<c>npm ci</c>) first when <c>node_modules</c> is missing.
/// </summary>
public sealed class ApolloComposition : IAsyncLifetime
{
    private readonly Dictionary<string, JsonElement> _results = new(StringComparer.Ordinal);

    /// <summary>Apollo's supergraph SDL for a set, or null when Apollo reported errors.</summary>
    public string? SupergraphOf(string set) =>
        Result(set).TryGetProperty("supergraphSdl", out var sdl) ? sdl.GetString() : null;

    /// <summary>The distinct error codes Apollo reported for a set, sorted.</summary>
    public IReadOnlyList<string> ErrorCodesOf(string set)
    {
        if (!Result(set).TryGetProperty("errors", out var errors))
        {
            return [];
        }

        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var error in errors.EnumerateArray())
        {
            codes.Add(error.GetProperty("code").GetString()!);
        }

        return [.. codes];
    }

    /// <summary>The messages of the errors Apollo reported for a set with the given code, in Apollo's order.</summary>
    public IReadOnlyList<string> ErrorMessagesOf(string set, string code)
    {
        var messages = new List<string>();
        if (Result(set).TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray())
            {
                if (error.GetProperty("code").GetString() == code)
                {
                    messages.Add(error.GetProperty("message").GetString()!);
                }
            }
        }

        return messages;
    }

    public string MessagesOf(string set) =>
        Result(set).TryGetProperty("errors", out var errors) ? errors.ToString() : "(no errors)";

    private JsonElement Result(string set) =>
        _results.TryGetValue(set, out var result) ? result : throw new InvalidOperationException($"Apollo composed no set named {set}.");

    public async Task InitializeAsync()
    {
        var interop = FindInteropDirectory();
        if (!Directory.Exists(Path.Combine(interop, "node_modules", "@apollo", "composition")))
        {
            await NodeCommand.InstallAsync(interop);
        }

        var sets = new List<string>(CompositionFixtures.ComposingSets);
        sets.AddRange(CompositionFixtures.BrokenSets());
        var arguments = new List<string> { Path.Combine("composition", "compose.mjs"), "--sets" };
        foreach (var set in sets)
        {
            arguments.Add(CompositionFixtures.PathOf(set));
        }

        using var output = JsonDocument.Parse(await NodeCommand.RunToEndAsync("node", [.. arguments], interop));
        foreach (var set in sets)
        {
            _results[set] = output.RootElement.GetProperty(CompositionFixtures.PathOf(set)).Clone();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string FindInteropDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Interop");
            if (File.Exists(Path.Combine(candidate, "composition", "compose.mjs")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/Interop/composition/compose.mjs was not found above {AppContext.BaseDirectory}; run the tests from the repository checkout.");
    }

}
