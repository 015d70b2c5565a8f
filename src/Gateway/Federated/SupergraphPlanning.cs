using Gateway.Federation.Planning;
using Gateway.GraphQL.Language;

namespace Gateway.Federated;

/// <summary>
/// Where <c>gateway serve --supergraph</c> gets its query plans. The query planner
/// (<c>Gateway.Federation.Planning.QueryPlanner</c>) is being written in parallel; until it lands here,
/// operations that need subgraph fetches are refused with a request error that says so.
/// </summary>
public static class SupergraphPlanning
{
    public static QueryPlan Plan(DocumentNode document, string? operationName) =>
        throw new NotSupportedException("This gateway build has no query planner yet: federated operations cannot run.");
}
