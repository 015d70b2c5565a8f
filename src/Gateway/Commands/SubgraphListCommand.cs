using System.CommandLine;
using Gateway.Registry;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway subgraph list</c>: the registered subgraphs, one a line (name, status, version, owner domain, URL), and
/// the stored supergraph version. Exit 0, 2 unusable input (no catalog).
/// </summary>
public static class SubgraphListCommand
{
    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var command = new Command("list", "List the registered subgraphs and the supergraph version.");
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            await using var catalog = await CatalogStoreOptions.OpenAsync(store.Settings(parseResult), create: false, cancellationToken);
            var subgraphs = await new SubgraphRegistry(catalog).ListAsync(cancellationToken);
            foreach (var subgraph in subgraphs)
            {
                output.Out.WriteLine($"{subgraph.Name}\t{subgraph.Status.ToString().ToLowerInvariant()}\t{subgraph.Version}\t{subgraph.OwnerDomain}\t{subgraph.Url}");
            }

            var version = await catalog.GetLatestSupergraphVersionAsync(cancellationToken);
            output.Error.WriteLine(version == 0
                ? $"{subgraphs.Count} subgraphs; no supergraph stored yet."
                : $"{subgraphs.Count} subgraph{(subgraphs.Count == 1 ? "" : "s")}; supergraph version {version}.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
