using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Federation.Composition;

namespace Gateway.Publishing;

/// <summary>
/// What a deprecation or retirement did: stored (with the supergraph version a retirement produced), or refused with
/// why (the lifecycle does not allow it, the supergraph without the product does not compose).
/// </summary>
/// <param name="Stored">Whether the change was stored.</param>
/// <param name="Product">The product changed.</param>
/// <param name="CompositionErrors">Why the supergraph without the retired product does not compose.</param>
/// <param name="Conflicts">What the catalog refused.</param>
/// <param name="Supergraph">The supergraph version stored with a retirement; null otherwise.</param>
/// <param name="Revision">The product's revision after the change; 0 when nothing was stored.</param>
public sealed record LifecycleOutcome(
    bool Stored,
    ProductUrn Product,
    IReadOnlyList<CompositionError> CompositionErrors,
    IReadOnlyList<string> Conflicts,
    StoredSupergraph? Supergraph,
    long Revision);
