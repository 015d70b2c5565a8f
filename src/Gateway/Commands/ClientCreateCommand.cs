using System.CommandLine;
using Gateway.Security.Authorization;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway client create ID [--role R]... [--scope S]... [--purpose P]... [--domain D]...</c>: registers a client and
/// prints its secret, the only time it is shown (the store keeps a PBKDF2 hash). Exit 0 created, 1 the id is taken,
/// 2 unusable input (an unknown role, a malformed purpose or domain, no catalog).
/// </summary>
public static class ClientCreateCommand
{
    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var idArgument = new Argument<string>("ID") { Description = "The client id (no spaces or colons), e.g. sales-dashboard." };
        var roleOption = new Option<string[]>("--role") { Description = $"A role ({string.Join(", ", GatewayRoles.All)}); repeatable.", AllowMultipleArgumentsPerToken = true };
        var scopeOption = new Option<string[]>("--scope") { Description = "An OAuth scope the client may ask for; repeatable.", AllowMultipleArgumentsPerToken = true };
        var purposeOption = new Option<string[]>("--purpose") { Description = "A purpose the client may declare (e.g. analytics); repeatable.", AllowMultipleArgumentsPerToken = true };
        var domainOption = new Option<string[]>("--domain") { Description = "A domain a publisher publishes in, or an owner decides for; repeatable.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("create", "Register a client and print its secret (shown once).") { idArgument, roleOption, scopeOption, purposeOption, domainOption };
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(output =>
            ClientCommand.ChangeAsync(store, parseResult, output.Error, async registry =>
            {
                var id = parseResult.GetRequiredValue(idArgument);
                var roles = parseResult.GetValue(roleOption) ?? [];
                try
                {
                    var (client, secret) = await registry.RegisterAsync(
                        id, parseResult.GetValue(scopeOption) ?? [], roles.Length == 0 ? [GatewayRoles.Consumer] : roles,
                        parseResult.GetValue(purposeOption) ?? [], parseResult.GetValue(domainOption) ?? [], cancellationToken);
                    await output.Out.WriteLineAsync($"client_id={client.ClientId}");
                    await output.Out.WriteLineAsync($"client_secret={secret}");
                    await output.Error.WriteLineAsync(
                        $"Created {client.ClientId} ({string.Join(", ", client.Roles)}). The secret is shown only now; 'gateway client rotate-secret {client.ClientId}' replaces it.");
                    return ExitCodes.Success;
                }
                catch (ArgumentException error)
                {
                    throw new UnusableInputException(error.Message);
                }
            }, cancellationToken)));
        return command;
    }
}
