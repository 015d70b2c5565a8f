using System.CommandLine;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway subgraph ...</c>: the subgraph registry in the catalog store. Each change composes the supergraph
/// anew and stores it with the change; gateways started with <c>serve --registry</c> on the same store follow it.
/// </summary>
public static class SubgraphCommand
{
    public static Command Create() => new("subgraph", "Register, remove and list the subgraphs the gateway composes.")
    {
        SubgraphRegisterCommand.Create(),
        SubgraphRemoveCommand.Create(),
        SubgraphListCommand.Create(),
    };
}
