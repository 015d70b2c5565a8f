namespace Gateway.Federation.Planning;

/// <summary>Steps that do not depend on each other, run concurrently.</summary>
public sealed record ParallelNode(IReadOnlyList<PlanNode> Nodes) : PlanNode;
