using System.CommandLine;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway client rotate-secret ID</c>: gives the client a new secret and prints it (shown once); the old secret stops
/// working at once, tokens already issued stay valid until they expire. Exit 0, 1 no such active client, 2 no catalog.
/// </summary>
public static class ClientRotateSecretCommand
{
    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var idArgument = new Argument<string>("ID") { Description = "The client whose secret to replace." };
        var command = new Command("rotate-secret", "Replace a client's secret and print the new one (shown once).") { idArgument };
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(output =>
            ClientCommand.ChangeAsync(store, parseResult, output.Error, async registry =>
            {
                var id = parseResult.GetRequiredValue(idArgument);
                var secret = await registry.RotateSecretAsync(id, cancellationToken);
                await output.Out.WriteLineAsync($"client_id={id}");
                await output.Out.WriteLineAsync($"client_secret={secret}");
                await output.Error.WriteLineAsync($"The old secret of {id} no longer works; the new one is shown only now.");
                return ExitCodes.Success;
            }, cancellationToken)));
        return command;
    }
}
