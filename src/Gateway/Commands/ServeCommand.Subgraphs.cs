using Gateway.Federation.Composition;
using Gateway.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gateway.Commands;

public static partial class ServeCommand
{
    /// <summary>The name <c>--subgraph</c> serves the supergraph it composes under.</summary>
    public const string ComposedSupergraphName = "composed-supergraph.graphql";

    /// <summary>
    /// <c>--subgraph NAME=URL ...</c>: asks each subgraph for its SDL, composes them (<see cref="SupergraphComposer"/>)
    /// and serves the supergraph as <see cref="RunSupergraphAsync"/> does. When composition fails, every error goes
    /// to <paramref name="errors"/> and the verb ends with exit code 1 without serving.
    /// </summary>
    public static async Task<int> RunComposedAsync(ServeSettings settings, IReadOnlyList<string> subgraphs, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(subgraphs);
        await using var app = CreateServer(settings);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException error)
        {
            throw new UnusableInputException($"Cannot listen on {string.Join(", ", settings.Urls)}: {error.Message}");
        }

        Federated.FederatedOperationRunner runner;
        try
        {
            // Listening before composing: /health answers and /health/ready says 503 until the supergraph is served.
            var sources = await SubgraphArguments.ResolveAsync(subgraphs, cancellationToken);
            var result = SupergraphComposer.Compose(sources);
            if (!result.Succeeded)
            {
                SubgraphArguments.WriteErrors(result.Errors, errors);
                await app.StopAsync(CancellationToken.None);
                return ExitCodes.Findings;
            }

            runner = PublishSupergraph(app, result.Supergraph!, settings.SubgraphTransport, settings.Access);
        }
        catch
        {
            await app.StopAsync(CancellationToken.None);
            throw;
        }

        using (runner)
        {
            var path = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLHttpOptions>>().Value.Path;
            foreach (var url in app.Urls)
            {
                await output.WriteLineAsync($"Serving the supergraph composed from {subgraphs.Count} subgraphs at {url.TrimEnd('/')}{path} (Ctrl+C to stop)");
            }

            await output.FlushAsync(CancellationToken.None);
            await app.WaitForShutdownAsync(cancellationToken);
        }

        return ExitCodes.Success;
    }
}
