using Gateway.Federation.Composition;

namespace Gateway.Commands;

/// <summary>
/// The <c>--subgraph</c> values of <c>gateway compose</c> and <c>gateway serve</c>: <c>NAME=URL</c> (a running
/// subgraph, asked for <c>{ _service { sdl } }</c>; the URL is also where the gateway reaches it) or
/// <c>NAME=FILE.graphql</c> (its SDL; the gateway reaches it at <c>http://NAME.subgraph.invalid/graphql</c>
/// unless a URL follows: <c>NAME=FILE.graphql=URL</c>).
/// </summary>
public static class SubgraphArguments
{
    /// <summary>How long a subgraph may take to answer <c>{ _service { sdl } }</c>.</summary>
    public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);

    public static async Task<List<SubgraphSource>> ResolveAsync(IReadOnlyList<string> values, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = FetchTimeout };
        var sources = new List<SubgraphSource>(values.Count);
        foreach (var value in values)
        {
            sources.Add(await ResolveAsync(value, http, cancellationToken));
        }

        return sources;
    }

    private static async Task<SubgraphSource> ResolveAsync(string value, HttpClient http, CancellationToken cancellationToken)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == value.Length - 1)
        {
            throw new UnusableInputException($"--subgraph {value}: write NAME=URL or NAME=FILE.graphql (e.g. products=http://127.0.0.1:4001/graphql).");
        }

        var name = value[..equals];
        var target = value[(equals + 1)..];
        if (IsHttpUrl(target))
        {
            var url = new Uri(target);
            try
            {
                return new SubgraphSource(name, target, await SubgraphSdlClient.FetchSdlAsync(http, url, cancellationToken));
            }
            catch (SubgraphSdlException error)
            {
                throw new UnusableInputException($"--subgraph {name}: {error.Message}");
            }
        }

        var routingUrl = $"http://{name}.subgraph.invalid/graphql";
        var urlStart = target.IndexOf("=http", StringComparison.OrdinalIgnoreCase);
        if (urlStart > 0 && IsHttpUrl(target[(urlStart + 1)..]))
        {
            routingUrl = target[(urlStart + 1)..];
            target = target[..urlStart];
        }

        var sdl = await InputFiles.ReadTextAsync(new FileInfo(target), $"subgraph {name} schema", cancellationToken);
        return new SubgraphSource(name, routingUrl, sdl);
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Writes every composition error, one paragraph each: code, message, subgraphs and coordinates, fix.</summary>
    public static void WriteErrors(IReadOnlyList<CompositionError> errors, TextWriter output)
    {
        output.WriteLine($"Composition failed with {errors.Count} error{(errors.Count == 1 ? "" : "s")}:");
        foreach (var error in errors)
        {
            output.WriteLine($"- {error.Code}: {error.Message}");
            if (error.Subgraphs.Count > 0 || error.Coordinates.Count > 0)
            {
                output.WriteLine($"  subgraphs: {string.Join(", ", error.Subgraphs)}; at: {string.Join(", ", error.Coordinates)}");
            }

            output.WriteLine($"  fix: {error.Fix}");
        }
    }
}
