using System.CommandLine;
using Gateway.Catalog.Storage;
using Gateway.Security.Clients;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway client ...</c>: the OAuth clients in the catalog store (so every gateway replica on the store shares
/// them). A client gets tokens from <c>/oauth/token</c> with the client credentials grant; its roles, scopes and
/// purposes go into the tokens.
/// </summary>
public static class ClientCommand
{
    public static Command Create() => new("client", "Create, list, rotate the secret of, and revoke OAuth clients.")
    {
        ClientCreateCommand.Create(),
        ClientListCommand.Create(),
        ClientRotateSecretCommand.Create(),
        ClientRevokeCommand.Create(),
    };

    /// <summary>The registry over the store's clients.</summary>
    public static async Task<ClientRegistry> OpenRegistryAsync(ICatalogStore catalog, CancellationToken cancellationToken) =>
        catalog is IClientStore clients
            ? await ClientRegistry.OpenAsync(clients, TimeProvider.System, cancellationToken)
            : throw new UnusableInputException("This catalog store does not keep OAuth clients.");

    /// <summary>Runs a client change; a rejection by the store (unknown or taken id) is exit 1 with its reason.</summary>
    public static async Task<int> ChangeAsync(CatalogStoreOptions store, ParseResult parseResult, TextWriter errors, Func<ClientRegistry, Task<int>> change, CancellationToken cancellationToken)
    {
        await using var catalog = await CatalogStoreOptions.OpenAsync(store.Settings(parseResult), create: true, cancellationToken);
        try
        {
            return await change(await OpenRegistryAsync(catalog, cancellationToken));
        }
        catch (CatalogRejectedException error)
        {
            await errors.WriteLineAsync(error.Message);
            return ExitCodes.Findings;
        }
    }
}
