using Gateway.Catalog.Storage;
using Gateway.Security.Policies;

namespace Gateway.Security;

/// <summary>
/// The field rules of the contracts published in the catalog store the gateway serves from, kept in force: loaded at
/// start and loaded again after every stored change that can alter them (publish, deprecate, retire, a newer
/// supergraph picked up from the store), before the new supergraph is served, so a new product's fields are
/// protected from their first request.
/// </summary>
public sealed class CatalogContractRules
{
    private readonly ICatalogStore _store;

    private CatalogContractRules(ICatalogStore store, LiveFieldRules rules)
    {
        _store = store;
        Rules = rules;
    }

    /// <summary>The rules in force, for <see cref="FieldAccessPipeline"/>.</summary>
    public LiveFieldRules Rules { get; }

    /// <exception cref="InvalidDataException">A stored contract does not read; serving without its rules would expose its fields.</exception>
    public static async Task<CatalogContractRules> LoadAsync(ICatalogStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new CatalogContractRules(store, new LiveFieldRules(await CatalogFieldRules.LoadAsync(store, cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>
    /// Loads the stored contracts again and puts their rules in force; when one no longer reads, the rules in force
    /// stay (fail closed) and false is answered.
    /// </summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            Rules.Publish(await CatalogFieldRules.LoadAsync(_store, cancellationToken).ConfigureAwait(false));
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
