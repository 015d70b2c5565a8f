using System.CommandLine;
using System.Globalization;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway client list</c>: one client a line, tab-separated: id, state (active or revoked), roles, scopes, purposes,
/// domains (lists comma-separated, <c>-</c> when empty), created. Secrets are never shown. Exit 0, 2 no catalog.
/// </summary>
public static class ClientListCommand
{
    public static Command Create()
    {
        var store = new CatalogStoreOptions();
        var command = new Command("list", "List the clients (never their secrets).");
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            await using var catalog = await CatalogStoreOptions.OpenAsync(store.Settings(parseResult), create: false, cancellationToken);
            var clients = await (await ClientCommand.OpenRegistryAsync(catalog, cancellationToken)).ListAsync(cancellationToken);
            foreach (var client in clients)
            {
                await output.Out.WriteLineAsync(string.Join('\t',
                    client.ClientId, client.IsRevoked ? "revoked" : "active", Joined(client.Roles), Joined(client.Scopes), Joined(client.Purposes),
                    Joined(client.Domains), client.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
            }

            await output.Error.WriteLineAsync($"{clients.Count} client{(clients.Count == 1 ? "" : "s")}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Joined(IReadOnlyList<string> values) => values.Count == 0 ? "-" : string.Join(',', values);
}
