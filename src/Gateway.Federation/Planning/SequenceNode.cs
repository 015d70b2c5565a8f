namespace Gateway.Federation.Planning;

/// <summary>Steps run one after the other: each may use what the earlier ones put in the response.</summary>
public sealed record SequenceNode(IReadOnlyList<PlanNode> Nodes) : PlanNode;
