using System.CommandLine;
using Gateway.Registry;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway subgraph remove NAME</c>: takes a subgraph out of the registry and the supergraph. Exit 0 removed,
/// 1 rejected (not registered, or the rest does not compose: every error), 2 unusable input (no catalog).
/// </summary>
public static class SubgraphRemoveCommand
{
    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var nameArgument = new Argument<string>("NAME") { Description = "The registered subgraph to remove." };
        var command = new Command("remove", "Remove a subgraph and compose the supergraph without it.") { nameArgument };
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var name = parseResult.GetRequiredValue(nameArgument);
            await using var catalog = await CatalogStoreOptions.OpenAsync(store.Settings(parseResult), create: false, cancellationToken);
            var result = await new SubgraphRegistry(catalog).RemoveAsync(name, cancellationToken);
            return SubgraphRegisterCommand.Report(result, $"Removed {name}", output);
        }));
        return command;
    }
}
