using Gateway.GraphQL.Language;

namespace Gateway.Federation.Planning;

/// <summary>
/// One request to one subgraph. A root fetch sends <see cref="Operation"/> as it is; an entity fetch
/// (<see cref="Requires"/> set) sends it with the representations gathered at the enclosing
/// <see cref="FlattenNode"/>'s path, each shaped by <see cref="Requires"/> (<c>__typename</c> plus key and
/// required fields), as <c>$representations</c> of an <c>_entities</c> query (Federation subgraph spec).
/// </summary>
/// <param name="ServiceName">The subgraph's name as <c>@join__graph(name:)</c> gives it.</param>
/// <param name="Operation">The operation text sent to the subgraph.</param>
/// <param name="VariableUsages">The client's variables the operation uses, forwarded by name.</param>
/// <param name="Requires">For entity fetches, the selection each representation is built from; null for root fetches.</param>
/// <param name="OperationKind">Query or mutation (subscriptions are not planned).</param>
/// <param name="Id">An id other nodes can refer to (deferred parts); null when unused.</param>
/// <param name="OperationName">The operation's name, when the planner names subgraph operations.</param>
public sealed record FetchNode(
    string ServiceName,
    string Operation,
    IReadOnlyList<string> VariableUsages,
    SelectionSetNode? Requires,
    OperationType OperationKind,
    int? Id = null,
    string? OperationName = null) : PlanNode
{
    /// <summary>True for an <c>_entities</c> fetch.</summary>
    public bool IsEntityFetch => Requires is not null;

    /// <summary>
    /// Values to set in each representation before sending it (Apollo's <c>inputRewrites</c>): empty unless the
    /// fetch targets an <c>@interfaceObject</c>, whose representations carry the interface's name as
    /// <c>__typename</c>.
    /// </summary>
    public IReadOnlyList<InputRewrite> InputRewrites { get; init; } = [];

    /// <summary>Keys to rename in each result before it merges: empty unless the operation aliases conflicting fields.</summary>
    public IReadOnlyList<OutputRewrite> OutputRewrites { get; init; } = [];
}
