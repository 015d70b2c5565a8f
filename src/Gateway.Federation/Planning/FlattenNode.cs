namespace Gateway.Federation.Planning;

/// <summary>
/// Runs <see cref="Node"/> (an entity fetch) for every object found at <see cref="Path"/> in the response so
/// far, and merges its results back there. A path segment is a response name, or <c>@</c> for "every element
/// of this list" (Apollo's path syntax).
/// </summary>
public sealed record FlattenNode(IReadOnlyList<string> Path, PlanNode Node) : PlanNode
{
    /// <summary>The segment standing for every element of a list.</summary>
    public const string ListSegment = "@";
}
