namespace Gateway.Tests.Federated;

/// <summary>
/// Operations where our gateway does not (yet) answer like Apollo Gateway 2.14.4, each with the reason.
/// The interop test runs them apart and reports each reason; it fails when one starts to pass, so the list
/// only ever shrinks. Never edit an expectation instead.
/// </summary>
public static class FederationInteropSkips
{
    public static IReadOnlyDictionary<string, string> Reasons { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mutation-cart-sequence"] = "Two-hop entity jump not planned: no key of Product that the current subgraph can provide reaches the field's subgraph directly; the planner must go through a third subgraph (products) first.",
        ["requires-under-union-from-other-root"] = "Two-hop entity jump not planned: no key of Product that the current subgraph can provide reaches the field's subgraph directly; the planner must go through a third subgraph (products) first.",
    };
}
