namespace Gateway.Federation.Planning;

/// <summary>
/// The planner could not plan an operation: no subgraph can resolve a field from where it is reached, the
/// operation is not one the planner accepts, or planning explored more options than allowed
/// (<see cref="QueryPlannerOptions.MaxPlanningSteps"/>). The message says which field or limit, and why.
/// </summary>
public sealed class QueryPlanningException : Exception
{
    public QueryPlanningException(string message)
        : base(message)
    {
    }

    public QueryPlanningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
