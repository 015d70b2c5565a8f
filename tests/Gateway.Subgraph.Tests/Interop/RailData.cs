namespace Gateway.Subgraph.Tests.Interop;

/// <summary>The systems of record behind the rail subgraphs: in-memory tables.</summary>
internal static class RailData
{
    public sealed record Station(string Code, int Uic, string Name, string City, int Platforms, string InternalRef);

    public sealed record Line(string Operator, int Number, string Name, string[] Stops);

    public sealed record Departure(string Id, string Station, string Time, int? Platform, string Operator, int Number, int? DelayMinutes);

    public sealed record Locomotive(string Id, string Label, int Power);

    public sealed record Carriage(string Id, string Label, int Seats);

    public static readonly Station[] Stations =
    [
        new("PAR", 8727100, "Paris Nord", "Paris", 31, "N-001"),
        new("LYS", 8772319, "Lyon Part-Dieu", "Lyon", 11, "N-002"),
        new("MRS", 8775100, "Marseille Saint-Charles", "Marseille", 16, "N-003"),
    ];

    public static readonly Line[] Lines =
    [
        new("Rhone Rail", 1, "Valley Express", ["PAR", "LYS", "MRS"]),
        new("Rhone Rail", 2, "Lakeside", ["LYS"]),
        new("Coast Link", 7, "Sea Line", ["MRS"]),
    ];

    public static readonly Departure[] Departures =
    [
        new("d1", "LYS", "08:15", 4, "Rhone Rail", 1, 0),
        new("d2", "LYS", "09:40", 2, "Rhone Rail", 2, 5),
        new("d3", "MRS", "10:05", 1, "Coast Link", 7, null),
        new("d4", "PAR", "07:00", 12, "Rhone Rail", 1, 0),
    ];

    public static readonly object[] Assets =
    [
        new Locomotive("L1", "BB 7200", 4000),
        new Carriage("C1", "Corail", 88),
    ];

    /// <summary>The timetable's platform counts, which win over the network's since timetable took the field over (@override).</summary>
    public static readonly Dictionary<string, int> TimetablePlatforms = new() { ["PAR"] = 32, ["LYS"] = 12, ["MRS"] = 16 };

    public static readonly Dictionary<(string Operator, int Number), double> BaseFares = new()
    {
        [("Rhone Rail", 1)] = 42.5,
        [("Rhone Rail", 2)] = 12,
    };

    public static readonly Dictionary<string, int> ZonesByCity = new() { ["Paris"] = 1, ["Lyon"] = 2, ["Marseille"] = 3 };

    public static readonly Dictionary<string, string> Inspections = new() { ["L1"] = "2026-03-01", ["C1"] = "2026-05-17" };
}
