namespace Gateway.Federation.Planning;

/// <summary>
/// Counts planning steps for one operation, options tried for root fields included, and stops planning
/// with a clear error past <see cref="QueryPlannerOptions.MaxPlanningSteps"/>: the planner never hangs.
/// </summary>
internal sealed class PlanningBudget(int maxSteps)
{
    public int Steps { get; private set; }

    public void Step()
    {
        if (++Steps > maxSteps)
        {
            throw new QueryPlanningException(
                $"Query planning stopped after {maxSteps} steps (fields visited and subgraph options tried): the operation is too large or too " +
                "deeply nested to plan. Split it into smaller operations, or raise QueryPlannerOptions.MaxPlanningSteps.");
        }
    }
}
