namespace Gateway.Federation.Planning;

/// <summary>
/// A step of a query plan (Apollo's <c>PlanNode</c>): a fetch from one subgraph, or a way of combining steps.
/// Plans are data: the planner builds them, the executor walks them, <see cref="QueryPlanPrinter"/> shows them.
/// </summary>
public abstract record PlanNode;
