using System.Globalization;

namespace Gateway.Demo;

/// <summary>The operations the demo suggests trying: each crosses the domains' subgraphs.</summary>
public static class DemoExamples
{
    /// <summary>A user (registration) with their latest orders (sales) and listening (player).</summary>
    public static string UserWithOrdersAndListening(string userId) => $$"""
        {
          user(id: "{{userId}}") {
            name
            country
            orders(limit: 3) { id orderedAt status total { amount currency } lines { quantity product { name } amount { amount } } }
            listening { playCount distinctTracks totalListeningSeconds favouriteGenre }
            plays(limit: 3) { playedAt device durationMs track { title artist } }
          }
        }
        """;

    /// <summary>The latest plays (player) with their listeners' names and countries (registration).</summary>
    public const string LatestPlaysWithListeners = """
        {
          playEvents(limit: 5) { playedAt device track { title genre } listener { name country } }
        }
        """;

    /// <summary>The latest orders (sales) with their buyers (registration) and what the buyers listen to (player).</summary>
    public const string LatestOrdersWithBuyers = """
        {
          orders(limit: 5) { id total { amount currency } buyer { name email listening { playCount favouriteGenre } } }
        }
        """;

    /// <summary>A user every generated mesh has, with orders and plays at the default sizes.</summary>
    public static string SampleUserId(int users) => Math.Min(42, users).ToString(CultureInfo.InvariantCulture);

    /// <summary>A curl command line that posts a small cross-domain query to <paramref name="endpoint"/>.</summary>
    public static string Curl(string endpoint, string userId) =>
        $$"""curl -s {{endpoint}} -H 'content-type: application/json' -d '{"query":"{ user(id: \"{{userId}}\") { name orders(limit: 2) { id total { amount currency } } listening { playCount favouriteGenre } } }"}'""";
}
