using Gateway.GraphQL.Execution;

namespace Gateway.Subgraph.Tests.Interop;

/// <summary>
/// Four subgraphs of a rail operator written with the SDK, covering the federation directives between
/// them: <c>network</c> owns stations (two keys), lines (a compound key) and rolling stock (an entity
/// interface); <c>timetable</c> adds departures, provides station names, takes <c>platforms</c> over and
/// references lines it cannot resolve; <c>fares</c> requires a station's city for its zone, prices lines
/// (failing for one) and adds inspections to all rolling stock through <c>@interfaceObject</c>;
/// <c>notices</c> is a Federation 1 subgraph that extends stations.
/// </summary>
internal static class RailSubgraphs
{
    public const string NetworkSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@inaccessible", "@tag"])

        type Query {
          stations: [Station!]!
          station(code: ID!): Station
          lines: [Line!]!
          assets: [Asset!]!
        }

        type Station @key(fields: "code") @key(fields: "uic") {
          code: ID!
          uic: Int!
          name: String! @shareable
          city: String @tag(name: "public")
          platforms: Int
          internalRef: String @inaccessible
        }

        type Line @key(fields: "operator number") {
          operator: String!
          number: Int!
          name: String!
          stops: [Station!]!
        }

        interface Asset @key(fields: "id") {
          id: ID!
          label: String
        }

        type Locomotive implements Asset @key(fields: "id") {
          id: ID!
          label: String
          power: Int
        }

        type Carriage implements Asset @key(fields: "id") {
          id: ID!
          label: String
          seats: Int
        }
        """;

    public const string TimetableSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@provides", "@override"])

        type Query {
          departures(station: ID!): [Departure!]!
        }

        type Departure {
          id: ID!
          time: String!
          platform: Int
          delayMinutes: Int
          line: Line!
          from: Station! @provides(fields: "name")
        }

        type Station @key(fields: "code") {
          code: ID!
          name: String! @external
          platforms: Int @override(from: "network")
          departures: [Departure!]!
        }

        type Line @key(fields: "operator number", resolvable: false) {
          operator: String!
          number: Int!
        }
        """;

    public const string FaresSdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@interfaceObject"])

        type Station @key(fields: "uic") {
          uic: Int!
          city: String @external
          zone: Int @requires(fields: "city")
        }

        type Line @key(fields: "operator number") {
          operator: String!
          number: Int!
          baseFare: Float
        }

        type Asset @key(fields: "id") @interfaceObject {
          id: ID!
          lastInspection: String
        }
        """;

    /// <summary>A Federation 1 subgraph (no @link): it extends Station, which it does not define.</summary>
    public const string NoticesSdl = """
        extend type Station @key(fields: "code") {
          code: ID! @external
          notices: [String!]!
        }
        """;

    public static Subgraph Network(ReferenceCalls calls) => new SubgraphBuilder(NetworkSdl)
        .Resolve("Query.stations", _ => Value(RailData.Stations))
        .Resolve("Query.station", context => Value(FindStation(context.Argument<string>("code"))))
        .Resolve("Query.lines", _ => Value(RailData.Lines))
        .Resolve("Query.assets", _ => Value(RailData.Assets))
        .Resolve("Line.stops", context => Value(((RailData.Line)context.Source!).Stops.Select(FindStation).ToArray()))
        // Stations have two keys; the gateway sends whichever the fetch needs.
        .ResolveReferencesByKey<string>("Station", "code", (codes, _) => Keyed(calls, "network Station by code", codes, FindStation))
        .ResolveReferencesByKey<int>("Station", "uic", (uics, _) => Keyed(calls, "network Station by uic", uics, uic => Array.Find(RailData.Stations, station => station.Uic == uic)))
        .ResolveReferences("Line", (representations, _) => Entities(calls, "network", representations, FindLine))
        .ResolveReferences("Asset", (representations, _) => Entities(calls, "network", representations, FindAsset))
        .ResolveReferences("Locomotive", (representations, _) => Entities(calls, "network", representations, FindAsset))
        .ResolveReferences("Carriage", (representations, _) => Entities(calls, "network", representations, FindAsset))
        .Build();

    public static Subgraph Timetable(ReferenceCalls calls) => new SubgraphBuilder(TimetableSdl)
        .Resolve("Query.departures", context => Value(DeparturesFrom(context.Argument<string>("station"))))
        .Resolve("Departure.line", context =>
        {
            var departure = (RailData.Departure)context.Source!;
            return Value(new Dictionary<string, object?> { ["operator"] = departure.Operator, ["number"] = departure.Number });
        })
        // Provides the name: the departures table holds the station's name next to its code.
        .Resolve("Departure.from", context => Value(TimetableStation(FindStation(((RailData.Departure)context.Source!).Station)!.Code)))
        .ResolveReferences("Station", (representations, _) => Entities(calls, "timetable", representations, representation => TimetableStation(representation.Get<string>("code"))))
        .Build();

    public static Subgraph Fares(ReferenceCalls calls) => new SubgraphBuilder(FaresSdl)
        .Resolve("Station.zone", context =>
        {
            var station = (EntityRepresentation)context.Source!;
            return Value(station.Get<string>("city") is { } city && RailData.ZonesByCity.TryGetValue(city, out var zone) ? zone : null);
        })
        .ResolveReferences("Line", (representations, _) => Entities(calls, "fares", representations, representation =>
        {
            var key = (representation.Require<string>("operator"), representation.Require<int>("number"));
            return RailData.BaseFares.TryGetValue(key, out var fare)
                ? new Dictionary<string, object?> { ["operator"] = key.Item1, ["number"] = key.Item2, ["baseFare"] = fare }
                : new InvalidOperationException($"Fares for {key.Item1} {key.Item2} are being revised.");
        }))
        .ResolveReferences("Asset", (representations, _) => Entities(calls, "fares", representations, representation =>
            new Dictionary<string, object?> { ["id"] = representation["id"], ["lastInspection"] = RailData.Inspections.GetValueOrDefault(representation.Require<string>("id")) }))
        .Build();

    public static Subgraph Notices(ReferenceCalls calls) => new SubgraphBuilder(NoticesSdl)
        .ResolveReferences("Station", (representations, _) => Entities(calls, "notices", representations, representation =>
            new { notices = representation.Get<string>("code") == "LYS" ? new[] { "Lift out of order on platform 3" } : [] }))
        .Build();

    private static ValueTask<object?> Value(object? value) => ValueTask.FromResult(value);

    private static ValueTask<IReadOnlyList<object?>> Entities(ReferenceCalls calls, string subgraph, IReadOnlyList<EntityRepresentation> representations, Func<EntityRepresentation, object?> find)
    {
        calls.Record($"{subgraph} {representations[0].TypeName}", representations.Count);
        var entities = new object?[representations.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            entities[i] = find(representations[i]);
        }

        return ValueTask.FromResult<IReadOnlyList<object?>>(entities);
    }

    private static ValueTask<IReadOnlyDictionary<TKey, object?>> Keyed<TKey>(ReferenceCalls calls, string what, IReadOnlyList<TKey> keys, Func<TKey, object?> find)
        where TKey : notnull
    {
        calls.Record(what, keys.Count);
        var found = new Dictionary<TKey, object?>();
        foreach (var key in keys)
        {
            if (find(key) is { } entity)
            {
                found[key] = entity;
            }
        }

        return ValueTask.FromResult<IReadOnlyDictionary<TKey, object?>>(found);
    }

    private static RailData.Station? FindStation(string? code) => Array.Find(RailData.Stations, station => station.Code == code);

    private static RailData.Line? FindLine(EntityRepresentation representation) =>
        Array.Find(RailData.Lines, line => line.Operator == representation.Get<string>("operator") && line.Number == representation.Get<int>("number"));

    private static object? FindAsset(EntityRepresentation representation) =>
        Array.Find(RailData.Assets, asset => asset switch
        {
            RailData.Locomotive locomotive => locomotive.Id == representation.Get<string>("id"),
            RailData.Carriage carriage => carriage.Id == representation.Get<string>("id"),
            _ => false,
        });

    private static RailData.Departure[] DeparturesFrom(string? station) => Array.FindAll(RailData.Departures, departure => departure.Station == station);

    private static Dictionary<string, object?>? TimetableStation(string? code)
    {
        if (FindStation(code) is not { } station)
        {
            return null;
        }

        return new Dictionary<string, object?>
        {
            ["code"] = station.Code,
            ["name"] = station.Name,
            ["platforms"] = RailData.TimetablePlatforms[station.Code],
            ["departures"] = DeparturesFrom(station.Code),
        };
    }
}
