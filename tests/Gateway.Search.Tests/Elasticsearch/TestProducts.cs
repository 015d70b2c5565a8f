namespace Gateway.Search.Tests.Elasticsearch;

/// <summary>A small catalog: the sample data mesh's products as the index receives them.</summary>
internal static class TestProducts
{
    public static readonly DateTimeOffset Updated = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public static SearchDocument RegisteredUsers { get; } = new(
        "urn:dp:registration:registered-users",
        "Registered Users",
        "Everyone who signed up, with their country and marketing consent.",
        "registration",
        "alice",
        "registration-team",
        ["customers", "pii"],
        ["Customer"],
        "confidential",
        "published",
        "1.2.0",
        1520,
        0.98,
        Updated,
        [
            new SearchField("User.email", "email", "The address the user signed up with.", "restricted", "string", ["Email Address"]),
            new SearchField("User.birthDate", "birthDate", "Date of birth.", "restricted", "date", []),
        ]);

    public static SearchDocument Orders { get; } = new(
        "urn:dp:sales:orders",
        "Orders",
        "Orders and their lines, with totals in the order's currency.",
        "sales",
        "bob",
        null,
        ["revenue"],
        [],
        "internal",
        "deprecated",
        "3.0.1",
        0,
        null,
        Updated,
        [new SearchField("Order.total", "total", null, null, "Money", [])]);

    public static SearchDocument PlayEventsDraft { get; } = new(
        "urn:dp:player:play-events",
        "Play Events",
        null,
        "player",
        "carol",
        "player-team",
        [],
        [],
        "internal",
        "draft",
        "0.1.0",
        0,
        null,
        Updated,
        []);
}
