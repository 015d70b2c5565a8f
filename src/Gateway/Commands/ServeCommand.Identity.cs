using Gateway.Catalog.Storage;
using Gateway.Http;
using Gateway.Security;
using Microsoft.AspNetCore.Builder;

namespace Gateway.Commands;

public static partial class ServeCommand
{
    /// <summary>
    /// Serves with identity: opens the catalog store for clients, grants and the audit log, the signing keys in the
    /// data directory, and runs <paramref name="serve"/> with them; the audit queue is stored out and the store closed
    /// when it ends.
    /// </summary>
    public static Task<int> RunWithIdentityAsync(
        ServeSettings settings, IdentitySettings identity, CatalogStoreSettings store, Func<ServeSettings, Task<int>> serve, CancellationToken cancellationToken) =>
        RunWithIdentityAsync(settings, identity, async token => await CatalogStoreOptions.OpenAsync(store, create: true, token), serve, cancellationToken);

    /// <summary>
    /// Like the overload above over the store <paramref name="openStore"/> opens (the demo's fresh catalog, so its
    /// clients, grants and products are in one store). Contracts given with <c>--contracts</c> are then enforced with
    /// the clients' grants and recorded in the audit log.
    /// </summary>
    public static async Task<int> RunWithIdentityAsync(
        ServeSettings settings, IdentitySettings identity, Func<CancellationToken, Task<ICatalogStore>> openStore, Func<ServeSettings, Task<int>> serve, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(openStore);
        ArgumentNullException.ThrowIfNull(serve);
        var catalog = await openStore(cancellationToken);
        GatewayIdentity opened;
        try
        {
            opened = await GatewayIdentity.OpenAsync(
                identity, catalog, identity.Issuer ?? settings.Urls[0].TrimEnd('/'), GraphQLPath(settings), TimeProvider.System, cancellationToken);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException or System.Security.Cryptography.CryptographicException)
        {
            await catalog.DisposeAsync();
            throw new UnusableInputException($"Cannot open the signing keys in {identity.DataDirectory}: {error.Message}");
        }
        catch (Security.Tokens.KeyEncryptionKeyMismatchException error)
        {
            await catalog.DisposeAsync();
            throw new UnusableInputException(error.Message);
        }

        await using (opened)
        {
            var access = settings.Access is { } files ? opened.CreateFieldAccess(files.Rules, files.MaskingKey) : null;
            return await serve(settings with { Identity = opened, Access = access });
        }
    }

    private static Action<WebApplicationBuilder> WithIdentity(ServeSettings settings, GatewayIdentity identity) => builder =>
    {
        settings.ConfigureBuilder?.Invoke(builder);
        identity.ConfigureServices(builder, GraphQLPath(settings));
    };

    private static string GraphQLPath(ServeSettings settings)
    {
        var options = new GraphQLHttpOptions();
        settings.Configure?.Invoke(options);
        return options.Path;
    }
}
