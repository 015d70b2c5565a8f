namespace Gateway.Federation.Planning;

/// <summary>Settings of a <see cref="QueryPlanner"/>.</summary>
public sealed record QueryPlannerOptions
{
    /// <summary>
    /// The most planning steps (a selection visited or a subgraph option tried) one operation may take before
    /// planning stops with a <see cref="QueryPlanningException"/>: a bound on work, so that no operation,
    /// however large or cyclic through <c>@requires</c>, makes the planner hang.
    /// </summary>
    public int MaxPlanningSteps { get; init; } = 50_000;

    /// <summary>
    /// Progressive override labels (join v0.4 <c>overrideLabel</c>) that are on: a field overridden with an
    /// enabled label is fetched from the overriding subgraph, otherwise from the one it was taken from.
    /// Apollo Gateway enables none unless told, and so does this planner.
    /// </summary>
    public IReadOnlySet<string> EnabledOverrideLabels { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
