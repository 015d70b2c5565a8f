using Gateway.GraphQL.Language;

namespace Gateway.Federation.Supergraphs;

/// <summary>
/// A field as one subgraph defines it, from its <c>@join__field(graph:)</c> (or implied when the field has
/// none: join spec, a field without <c>@join__field</c> belongs to every subgraph of its type).
/// </summary>
/// <param name="Subgraph">The subgraph.</param>
/// <param name="IsExternal">Declared <c>@external</c> there: the subgraph cannot resolve it, only receive it.</param>
/// <param name="Requires">The <c>@requires</c> field set, relative to the parent type, or null.</param>
/// <param name="Provides">The <c>@provides</c> field set, relative to the field's type, or null.</param>
/// <param name="Type">The field's type in that subgraph when it differs from the supergraph's (join <c>type:</c>).</param>
/// <param name="Override">The subgraph this field was taken over from (<c>@override(from:)</c>), or null.</param>
/// <param name="OverrideLabel">The progressive override label (join v0.4, <c>@override(label:)</c>), or null.</param>
/// <param name="UsedOverridden">
/// The field was overridden away from this subgraph but is still used there by a key or <c>@requires</c>
/// (join v0.3 <c>usedOverridden</c>): the subgraph can still receive it, and the planner must not fetch it there.
/// </param>
/// <param name="ContextArguments">Arguments filled from a context (join v0.5), empty when none.</param>
public sealed record FieldInSubgraph(
    SubgraphInfo Subgraph,
    bool IsExternal,
    SelectionSetNode? Requires,
    SelectionSetNode? Provides,
    string? Type,
    string? Override,
    string? OverrideLabel,
    bool UsedOverridden,
    IReadOnlyList<ContextArgument> ContextArguments)
{
    /// <summary>True when the planner may fetch the field from this subgraph.</summary>
    public bool IsResolvable => !IsExternal && !UsedOverridden;
}
