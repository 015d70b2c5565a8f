namespace Gateway.Subgraph.Tests.Interop;

/// <summary>
/// The operations both gateways answer over the rail subgraphs, each exercising a federation feature
/// across the SDK's subgraphs. <see cref="ExpectErrors"/> says whether Apollo Gateway's answer has errors
/// (so an operation that silently fails on both sides is caught).
/// </summary>
public sealed record RailOperation(string Name, string Query, string? VariablesJson = null, bool ExpectErrors = false)
{
    public static IReadOnlyList<RailOperation> All { get; } =
    [
        new("root-fields-of-one-subgraph", "{ stations { code name city } }"),
        new("entity-fields-from-another-subgraph", """{ station(code: "LYS") { name departures { time platform line { name } } } }"""),
        new("provided-field-without-an-entity-fetch", """{ departures(station: "MRS") { time from { code name } } }"""),
        new("required-field-from-a-second-key", "{ stations { name zone } }"),
        new("compound-key-with-a-failing-entity", "{ lines { operator number name baseFare } }", ExpectErrors: true),
        new("interface-object-fields-on-every-implementation",
            "{ assets { __typename id label lastInspection ... on Locomotive { power } ... on Carriage { seats } } }"),
        new("overridden-field-from-the-new-owner", "{ stations { code platforms } }"),
        new("unresolvable-reference-resolved-elsewhere",
            """{ departures(station: "LYS") { id delayMinutes line { name baseFare stops { code zone } } } }"""),
        new("unknown-entity-is-null", """{ station(code: "NOPE") { name } }"""),
        new("aliases-fragments-and-typename",
            """
            query Trip { first: station(code: "PAR") { ...Stop } second: station(code: "MRS") { ...Stop __typename } }
            fragment Stop on Station { name zone departures { time from { name } } }
            """),
        new("variables", "query ($code: ID!) { station(code: $code) { code uic platforms } }", """{"code":"PAR"}"""),
        new("federation-1-subgraph-extends-an-entity", "{ stations { code notices } }"),
        new("inaccessible-field-is-not-in-the-api", "{ stations { internalRef } }", ExpectErrors: true),
    ];

    public override string ToString() => Name;
}
