using Gateway.Catalog.Model;
using Gateway.Federation.Composition;

namespace Gateway.Registry;

/// <summary>
/// What a registry change did: stored with the supergraph it produced (<see cref="Supergraph"/>), or rejected with
/// every composition error (<see cref="Errors"/>) or the reason the store refused it (<see cref="Rejection"/>).
/// A rejected change stored nothing and the live supergraph did not change.
/// </summary>
public sealed record RegistryResult(StoredSupergraph? Supergraph, IReadOnlyList<CompositionError> Errors, string? Rejection)
{
    public bool Succeeded => Supergraph is not null;

    public static RegistryResult Stored(StoredSupergraph supergraph) => new(supergraph, [], null);

    public static RegistryResult NotComposed(IReadOnlyList<CompositionError> errors) => new(null, errors, null);

    public static RegistryResult Refused(string reason) => new(null, [], reason);
}
