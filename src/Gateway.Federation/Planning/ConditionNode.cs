namespace Gateway.Federation.Planning;

/// <summary>
/// Runs <see cref="IfClause"/> when the Boolean variable <see cref="Condition"/> is true, else
/// <see cref="ElseClause"/> (either may be absent): how <c>@include(if: $v)</c> and <c>@skip(if: $v)</c> on
/// parts that need their own fetches reach the plan.
/// </summary>
public sealed record ConditionNode(string Condition, PlanNode? IfClause, PlanNode? ElseClause) : PlanNode;
