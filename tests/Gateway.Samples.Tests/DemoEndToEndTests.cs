using System.Globalization;
using System.Text.Json;
using Gateway.Demo;

namespace Gateway.Samples.Tests;

/// <summary>
/// The demo end to end: queries across the registration, sales and player subgraphs through the demo
/// gateway, each answer checked against the systems of record read with SQL.
/// </summary>
public sealed class DemoEndToEndTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task A_user_comes_with_their_orders_plays_and_listening_summary_from_the_three_systems_of_record()
    {
        var userId = Convert.ToInt64(demo.Records.Scalar("sales.db", "SELECT buyer_id FROM orders GROUP BY buyer_id HAVING COUNT(*) >= 3 ORDER BY buyer_id LIMIT 1"), CultureInfo.InvariantCulture);

        var user = (await demo.DataAsync($$"""
            {
              user(id: "{{userId}}") {
                id name email birthDate country signUpDate marketingConsent
                orders(limit: 3) { id orderedAt status total { amount currency } lines { lineNumber quantity unitPrice { amount } amount { amount } product { id name } } }
                listening { playCount distinctTracks totalListeningSeconds firstPlayedAt lastPlayedAt }
                plays(limit: 5) { id playedAt durationMs device track { id title } }
              }
            }
            """)).GetProperty("user");

        var registered = demo.Records.Query("registration.db", "SELECT name, email, birth_date, country, sign_up_date, marketing_consent FROM users WHERE id = @id", ("@id", userId)).Single();
        Assert.Equal(userId.ToString(CultureInfo.InvariantCulture), user.GetProperty("id").GetString());
        Assert.Equal(registered[0], user.GetProperty("name").GetString());
        Assert.Equal(registered[1], user.GetProperty("email").GetString());
        Assert.Equal(registered[2], user.GetProperty("birthDate").GetString());
        Assert.Equal(registered[3], user.GetProperty("country").GetString());
        Assert.Equal(registered[4], user.GetProperty("signUpDate").GetString());
        Assert.Equal((long)registered[5]! != 0, user.GetProperty("marketingConsent").GetBoolean());

        var orders = demo.Records.Query("sales.db", "SELECT id, ordered_at, status, total_cents FROM orders WHERE buyer_id = @id ORDER BY ordered_at DESC, id DESC LIMIT 3", ("@id", userId));
        var servedOrders = user.GetProperty("orders");
        Assert.Equal(orders.Count, servedOrders.GetArrayLength());
        for (var i = 0; i < orders.Count; i++)
        {
            var served = servedOrders[i];
            Assert.Equal(Id(orders[i][0]), served.GetProperty("id").GetString());
            Assert.Equal(orders[i][1], served.GetProperty("orderedAt").GetString());
            Assert.Equal(orders[i][2], served.GetProperty("status").GetString());
            Assert.Equal(Cents.AsAmount((long)orders[i][3]!), served.GetProperty("total").GetProperty("amount").GetString());
            Assert.Equal("EUR", served.GetProperty("total").GetProperty("currency").GetString());

            var lines = demo.Records.Query("sales.db", "SELECT l.line_number, l.quantity, l.unit_price_cents, p.id, p.name FROM order_lines l JOIN products p ON p.id = l.product_id WHERE l.order_id = @order ORDER BY l.line_number", ("@order", orders[i][0]!));
            var servedLines = served.GetProperty("lines");
            Assert.Equal(lines.Count, servedLines.GetArrayLength());
            long linesTotal = 0;
            for (var j = 0; j < lines.Count; j++)
            {
                var line = servedLines[j];
                Assert.Equal((long)lines[j][0]!, line.GetProperty("lineNumber").GetInt64());
                Assert.Equal((long)lines[j][1]!, line.GetProperty("quantity").GetInt64());
                Assert.Equal(Cents.AsAmount((long)lines[j][2]!), line.GetProperty("unitPrice").GetProperty("amount").GetString());
                Assert.Equal(Id(lines[j][3]), line.GetProperty("product").GetProperty("id").GetString());
                Assert.Equal(lines[j][4], line.GetProperty("product").GetProperty("name").GetString());
                linesTotal += Cents.FromAmount(line.GetProperty("amount").GetProperty("amount").GetString()!);
            }

            Assert.Equal((long)orders[i][3]!, linesTotal);
        }

        // The aggregate is checked against the raw events it is fed by, not against its own table.
        var raw = demo.Records.Query("player.db", "SELECT COUNT(*), COUNT(DISTINCT track_id), SUM(duration_ms) / 1000, MIN(played_at), MAX(played_at) FROM play_events WHERE listener_id = @id", ("@id", userId)).Single();
        var listening = user.GetProperty("listening");
        Assert.Equal((long)raw[0]!, listening.GetProperty("playCount").GetInt64());
        Assert.Equal((long)raw[1]!, listening.GetProperty("distinctTracks").GetInt64());
        Assert.Equal((long)raw[2]!, listening.GetProperty("totalListeningSeconds").GetInt64());
        Assert.Equal(raw[3], listening.GetProperty("firstPlayedAt").GetString());
        Assert.Equal(raw[4], listening.GetProperty("lastPlayedAt").GetString());

        var plays = demo.Records.Query("player.db", "SELECT p.id, p.played_at, p.duration_ms, p.device, t.id, t.title FROM play_events p JOIN tracks t ON t.id = p.track_id WHERE p.listener_id = @id ORDER BY p.played_at DESC, p.id DESC LIMIT 5", ("@id", userId));
        var servedPlays = user.GetProperty("plays");
        Assert.Equal(5, servedPlays.GetArrayLength());
        for (var i = 0; i < plays.Count; i++)
        {
            var play = servedPlays[i];
            Assert.Equal(Id(plays[i][0]), play.GetProperty("id").GetString());
            Assert.Equal(plays[i][1], play.GetProperty("playedAt").GetString());
            Assert.Equal((long)plays[i][2]!, play.GetProperty("durationMs").GetInt64());
            Assert.Equal(plays[i][3], play.GetProperty("device").GetString());
            Assert.Equal(Id(plays[i][4]), play.GetProperty("track").GetProperty("id").GetString());
            Assert.Equal(plays[i][5], play.GetProperty("track").GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task A_page_of_users_gets_each_users_own_page_of_orders_and_plays()
    {
        var users = (await demo.DataAsync("""
            { users(limit: 30, offset: 10) { id orders(limit: 2, offset: 1) { id } plays(limit: 3, offset: 2) { id } } }
            """)).GetProperty("users");

        Assert.Equal(30, users.GetArrayLength());
        for (var i = 0; i < 30; i++)
        {
            var id = 11 + i;
            var user = users[i];
            Assert.Equal(id.ToString(CultureInfo.InvariantCulture), user.GetProperty("id").GetString());
            var orders = demo.Records.Query("sales.db", "SELECT id FROM orders WHERE buyer_id = @id ORDER BY ordered_at DESC, id DESC LIMIT 2 OFFSET 1", ("@id", id));
            Assert.Equal(orders.Select(row => Id(row[0])), Ids(user.GetProperty("orders")));
            var plays = demo.Records.Query("player.db", "SELECT id FROM play_events WHERE listener_id = @id ORDER BY played_at DESC, id DESC LIMIT 3 OFFSET 2", ("@id", id));
            Assert.Equal(plays.Select(row => Id(row[0])), Ids(user.GetProperty("plays")));
        }
    }

    [Fact]
    public async Task The_latest_plays_name_their_listeners_from_the_registration_domain()
    {
        var plays = (await demo.DataAsync("{ playEvents(limit: 10) { id listener { id name country } } }")).GetProperty("playEvents");

        var expected = demo.Records.Query("player.db", "SELECT id, listener_id FROM play_events ORDER BY played_at DESC, id DESC LIMIT 10");
        Assert.Equal(10, plays.GetArrayLength());
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(Id(expected[i][0]), plays[i].GetProperty("id").GetString());
            var listener = plays[i].GetProperty("listener");
            Assert.Equal(Id(expected[i][1]), listener.GetProperty("id").GetString());
            var registered = demo.Records.Query("registration.db", "SELECT name, country FROM users WHERE id = @id", ("@id", expected[i][1]!)).Single();
            Assert.Equal(registered[0], listener.GetProperty("name").GetString());
            Assert.Equal(registered[1], listener.GetProperty("country").GetString());
        }
    }

    [Fact]
    public async Task The_latest_orders_name_their_buyers_and_what_the_buyers_listen_to()
    {
        var orders = (await demo.DataAsync("{ orders(limit: 10) { id buyer { id email listening { playCount favouriteGenre } } } }")).GetProperty("orders");

        var expected = demo.Records.Query("sales.db", "SELECT id, buyer_id FROM orders ORDER BY ordered_at DESC, id DESC LIMIT 10");
        for (var i = 0; i < expected.Count; i++)
        {
            var buyer = orders[i].GetProperty("buyer");
            Assert.Equal(Id(expected[i][0]), orders[i].GetProperty("id").GetString());
            Assert.Equal(Id(expected[i][1]), buyer.GetProperty("id").GetString());
            Assert.Equal(demo.Records.Scalar("registration.db", "SELECT email FROM users WHERE id = @id", ("@id", expected[i][1]!)), buyer.GetProperty("email").GetString());
            var genres = demo.Records.Query("player.db", "SELECT t.genre, COUNT(*) FROM play_events p JOIN tracks t ON t.id = p.track_id WHERE p.listener_id = @id GROUP BY t.genre ORDER BY COUNT(*) DESC, t.genre", ("@id", expected[i][1]!));
            Assert.Equal(genres.Sum(row => (long)row[1]!), buyer.GetProperty("listening").GetProperty("playCount").GetInt64());
            Assert.Equal(genres[0][0], buyer.GetProperty("listening").GetProperty("favouriteGenre").GetString());
        }
    }

    [Fact]
    public async Task A_user_not_registered_is_null_and_pages_stop_at_one_hundred_rows()
    {
        var data = await demo.DataAsync("""{ user(id: "999999") { name } users(limit: 1000) { id } playEvents(limit: 500) { id } }""");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("user").ValueKind);
        Assert.Equal(100, data.GetProperty("users").GetArrayLength());
        Assert.Equal(100, data.GetProperty("playEvents").GetArrayLength());
    }

    [Fact]
    public async Task The_printed_examples_answer_without_errors()
    {
        var userId = DemoExamples.SampleUserId(DemoFixture.Sizes.Users);
        foreach (var example in new[] { DemoExamples.UserWithOrdersAndListening(userId), DemoExamples.LatestPlaysWithListeners, DemoExamples.LatestOrdersWithBuyers })
        {
            var data = await demo.DataAsync(example);
            Assert.NotEqual(JsonValueKind.Null, data.EnumerateObject().First().Value.ValueKind);
        }

        var printed = demo.Output.ToString();
        Assert.Contains($"Serving the demo data mesh at {demo.Endpoint}", printed, StringComparison.Ordinal);
        Assert.Contains($"curl -s {demo.Endpoint} ", printed, StringComparison.Ordinal);
        Assert.Contains(DemoExamples.LatestOrdersWithBuyers, printed, StringComparison.Ordinal);
    }

    private static string Id(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<string?> Ids(JsonElement list) => list.EnumerateArray().Select(item => item.GetProperty("id").GetString());
}
