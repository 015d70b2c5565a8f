using Bogus;
using Gateway.Samples.SystemOfRecord;

namespace Gateway.Samples.Player;

/// <summary>
/// Generates the player system of record: a track catalogue (one track per 250 plays, at least 50),
/// <see cref="SampleSizes.PlayEvents"/> plays by users 1..Users over the last year, and the listening
/// summaries aggregated from those plays with SQL, the way a downstream aggregate is fed by its raw input.
/// </summary>
public static class PlayerGeneration
{
    public const string FileName = "player.db";

    private const string Schema = """
        CREATE TABLE tracks (
          id INTEGER PRIMARY KEY,
          title TEXT NOT NULL,
          artist TEXT NOT NULL,
          genre TEXT NOT NULL,
          duration_ms INTEGER NOT NULL
        );
        CREATE TABLE play_events (
          id INTEGER PRIMARY KEY,
          listener_id INTEGER NOT NULL,
          track_id INTEGER NOT NULL,
          played_at TEXT NOT NULL,
          duration_ms INTEGER NOT NULL,
          device TEXT NOT NULL
        );
        CREATE TABLE listening_summaries (
          user_id INTEGER PRIMARY KEY,
          play_count INTEGER NOT NULL,
          distinct_tracks INTEGER NOT NULL,
          total_listening_seconds INTEGER NOT NULL,
          first_played_at TEXT NOT NULL,
          last_played_at TEXT NOT NULL,
          favourite_genre TEXT NOT NULL
        );
        """;

    // After the inserts: one index build is faster than maintaining it row by row. The aggregate is the
    // listening summary product's transformation of the raw events; ties of the favourite genre go to
    // the alphabetically first genre so the result is deterministic.
    private const string Aggregate = """
        CREATE INDEX plays_by_listener ON play_events (listener_id, played_at DESC, id DESC);
        CREATE INDEX plays_by_time ON play_events (played_at DESC, id DESC);
        INSERT INTO listening_summaries
        SELECT p.listener_id, COUNT(*), COUNT(DISTINCT p.track_id), SUM(p.duration_ms) / 1000, MIN(p.played_at), MAX(p.played_at),
          (SELECT t.genre FROM play_events q JOIN tracks t ON t.id = q.track_id WHERE q.listener_id = p.listener_id
           GROUP BY t.genre ORDER BY COUNT(*) DESC, t.genre LIMIT 1)
        FROM play_events p
        GROUP BY p.listener_id;
        """;

    private static readonly string[] Devices = ["MOBILE", "MOBILE", "MOBILE", "DESKTOP", "WEB", "SMART_SPEAKER", "TV", "CAR"];

    /// <summary>Generates <paramref name="file"/> from <paramref name="sizes"/>.</summary>
    public static void Generate(SystemOfRecordFile file, SampleSizes sizes)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(sizes);
        file.Generate(sizes, Schema, (connection, transaction) =>
        {
            var faker = new Faker("en") { Random = new Randomizer(sizes.Seed + 2) };
            var durations = new int[Math.Max(50, sizes.PlayEvents / 250) + 1];
            using (var tracks = new PreparedInsert(connection, transaction, "tracks", "id", "title", "artist", "genre", "duration_ms"))
            {
                for (var id = 1; id < durations.Length; id++)
                {
                    durations[id] = faker.Random.Int(90_000, 420_000);
                    tracks.Set(0, id)
                        .Set(1, faker.Lorem.Sentence(faker.Random.Int(1, 4)).TrimEnd('.'))
                        .Set(2, faker.Name.FullName())
                        .Set(3, faker.Music.Genre())
                        .Set(4, durations[id])
                        .Insert();
                }
            }

            using var plays = new PreparedInsert(connection, transaction, "play_events", "id", "listener_id", "track_id", "played_at", "duration_ms", "device");
            for (var id = 1; id <= sizes.PlayEvents; id++)
            {
                var track = faker.Random.Int(1, durations.Length - 1);

                // Most plays run to the end; a third are skipped part-way.
                var listened = faker.Random.Int(0, 2) == 0 ? faker.Random.Int(5_000, durations[track]) : durations[track];
                plays.Set(0, id)
                    .Set(1, faker.Random.Int(1, sizes.Users))
                    .Set(2, track)
                    .Set(3, SampleCalendar.Instant(SampleCalendar.Today.AddSeconds(-faker.Random.Int(1, 365 * 86_400))))
                    .Set(4, listened)
                    .Set(5, faker.PickRandom(Devices))
                    .Insert();
            }

            SystemOfRecordFile.Execute(connection, transaction, Aggregate);
        });
    }
}
