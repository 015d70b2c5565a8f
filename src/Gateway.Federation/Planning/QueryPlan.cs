namespace Gateway.Federation.Planning;

/// <summary>
/// The plan for one operation: a tree of <see cref="PlanNode"/>s, or none when the operation needs no fetch
/// (only <c>__typename</c> or introspection at the root).
/// </summary>
public sealed record QueryPlan(PlanNode? Node)
{
    /// <summary>The plan in Apollo's text form (see <see cref="QueryPlanPrinter"/>).</summary>
    public override string ToString() => QueryPlanPrinter.Print(this);
}
