using Gateway.Catalog.Changes;
using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Governance;
using Gateway.Catalog.Model;
using Gateway.Federation.Composition;

namespace Gateway.Publishing;

/// <summary>
/// What a publish did, with every reason found at once, so a team fixes everything in one round: the documents'
/// diagnostics (file:line:column and rule), why the subgraph could not be read, composition errors, the changes
/// against the published version and whether the version number fits them, governance findings (warnings too), and
/// conflicts with the catalog (a version not above the current one, a subgraph name another product holds).
/// </summary>
/// <param name="Status">Published, a dry run passed, rejected, or unusable input.</param>
/// <param name="Product">The product's URN, when the descriptor names one.</param>
/// <param name="Version">The version published (or checked), when the descriptor has one.</param>
/// <param name="Diagnostics">The descriptor's and contract's diagnostics, errors and warnings.</param>
/// <param name="SubgraphProblem">Why the subgraph's schema could not be read; null when it was.</param>
/// <param name="CompositionErrors">Why the supergraph with this version's subgraph does not compose.</param>
/// <param name="PublishedVersion">The product's current version in the catalog, which the changes are against; null for a product not yet in it.</param>
/// <param name="Changes">The changes against the published version; null when the diff could not run (unusable documents).</param>
/// <param name="Findings">The governance rules' findings; errors reject, warnings are reported.</param>
/// <param name="Conflicts">What the catalog refused: lifecycle, version order, ownership of names, concurrent writers.</param>
/// <param name="Supergraph">The supergraph version stored with the publish; null when nothing was stored or no subgraph is served.</param>
/// <param name="Revision">The product's revision after the publish; 0 when nothing was stored.</param>
public sealed record PublishOutcome(
    PublishStatus Status,
    ProductUrn? Product,
    SemanticVersion? Version,
    IReadOnlyList<DocumentDiagnostic> Diagnostics,
    string? SubgraphProblem,
    IReadOnlyList<CompositionError> CompositionErrors,
    SemanticVersion? PublishedVersion,
    ChangeReport? Changes,
    IReadOnlyList<GovernanceFinding> Findings,
    IReadOnlyList<string> Conflicts,
    StoredSupergraph? Supergraph,
    long Revision)
{
    /// <summary>Published, or a dry run that would have been.</summary>
    public bool Accepted => Status is PublishStatus.Published or PublishStatus.DryRunPassed;
}
