using System.CommandLine;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway client revoke ID</c>: the client can no longer get tokens, and the tokens it holds are refused (by gateways
/// on the same store within their refresh interval, 5 seconds). The id stays taken. Exit 0, 1 no such client, 2 no catalog.
/// </summary>
public static class ClientRevokeCommand
{
    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var idArgument = new Argument<string>("ID") { Description = "The client to revoke." };
        var command = new Command("revoke", "Revoke a client: no new tokens, and its tokens are refused.") { idArgument };
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(output =>
            ClientCommand.ChangeAsync(store, parseResult, output.Error, async registry =>
            {
                var client = await registry.RevokeAsync(parseResult.GetRequiredValue(idArgument), cancellationToken);
                await output.Out.WriteLineAsync($"Revoked {client.ClientId} at {client.RevokedAt:O}.");
                return ExitCodes.Success;
            }, cancellationToken)));
        return command;
    }
}
