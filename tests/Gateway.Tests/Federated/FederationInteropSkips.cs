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
    };
}
