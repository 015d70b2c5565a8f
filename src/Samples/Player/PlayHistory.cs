using System.Collections.Concurrent;
using Gateway.Samples.SystemOfRecord;
using Microsoft.Data.Sqlite;

namespace Gateway.Samples.Player;

/// <summary>Reads tracks, play events and listening summaries from the player system of record, a batch per query.</summary>
public sealed class PlayHistory(SystemOfRecordFile file)
{
    private const string TrackColumns = "t.id, t.title, t.artist, t.genre, t.duration_ms";
    private const string PlayColumns = $"p.id, p.listener_id, p.played_at, p.duration_ms, p.device, {TrackColumns}";

    private readonly RecordReader _records = new(file);
    private readonly ConcurrentDictionary<Page, PagedBatch<PlayEvent>> _playsOfListeners = new();

    /// <summary>The tracks with these ids, by id.</summary>
    public ValueTask<IReadOnlyDictionary<string, object?>> FindTracksAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        _records.ByKeyAsync($"SELECT {TrackColumns} FROM tracks t WHERE t.id IN ({RecordReader.Keys})", ids, static reader => ReadTrack(reader, 0), static track => track.Id, cancellationToken);

    /// <summary>A page of the track catalogue in id order.</summary>
    public ValueTask<IReadOnlyList<Track>> ListTracksAsync(Page page, CancellationToken cancellationToken) =>
        _records.PageAsync($"SELECT {TrackColumns} FROM tracks t ORDER BY t.id LIMIT @limit OFFSET @offset", page, static reader => ReadTrack(reader, 0), cancellationToken);

    /// <summary>A page of all play events, newest first.</summary>
    public ValueTask<IReadOnlyList<PlayEvent>> ListPlaysAsync(Page page, CancellationToken cancellationToken) =>
        _records.PageAsync($"SELECT {PlayColumns} FROM play_events p JOIN tracks t ON t.id = p.track_id ORDER BY p.played_at DESC, p.id DESC LIMIT @limit OFFSET @offset", page, ReadPlay, cancellationToken);

    /// <summary>The listening summaries of these users, by user id; a user who never played has none.</summary>
    public async ValueTask<IReadOnlyDictionary<string, ListeningSummary>> SummariesAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        var rows = await _records.GroupedByKeyAsync(
            $"""
            SELECT user_id, play_count, distinct_tracks, total_listening_seconds, first_played_at, last_played_at, favourite_genre
            FROM listening_summaries WHERE user_id IN ({RecordReader.Keys})
            """,
            userIds,
            default,
            static reader => new ListeningSummary(
                KeyList.Id(reader.GetInt64(0)), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetString(4), reader.GetString(5), reader.GetString(6)),
            static summary => summary.UserId,
            cancellationToken).ConfigureAwait(false);

        // One row per user at most (user_id is the key); users without one have no summary.
        var summaries = new Dictionary<string, ListeningSummary>(rows.Count, StringComparer.Ordinal);
        foreach (var (userId, summary) in rows)
        {
            if (summary.Count > 0)
            {
                summaries[userId] = summary[0];
            }
        }

        return summaries;
    }

    /// <summary>
    /// The batch function of <c>User.plays</c> for one page: the page of each listener's plays, newest first,
    /// for all the listeners of a batch in one query (a window per listener).
    /// </summary>
    public PagedBatch<PlayEvent> PlaysOfListeners(Page page) =>
        _playsOfListeners.GetOrAdd(page, static (page, records) => new PagedBatch<PlayEvent>("player.playsOfListener." + page, (listeners, cancellationToken) => records.GroupedByKeyAsync(
            $"""
            SELECT {PlayColumns} FROM (
              SELECT id, listener_id, track_id, played_at, duration_ms, device,
                ROW_NUMBER() OVER (PARTITION BY listener_id ORDER BY played_at DESC, id DESC) AS position
              FROM play_events WHERE listener_id IN ({RecordReader.Keys})
            ) p JOIN tracks t ON t.id = p.track_id
            WHERE p.position > @offset AND p.position <= @offset + @limit
            ORDER BY p.listener_id, p.position
            """,
            listeners,
            page,
            ReadPlay,
            static play => play.ListenerId,
            cancellationToken)), _records);

    private static PlayEvent ReadPlay(SqliteDataReader reader) => new(
        KeyList.Id(reader.GetInt64(0)),
        KeyList.Id(reader.GetInt64(1)),
        ReadTrack(reader, 5),
        reader.GetString(2),
        reader.GetInt32(3),
        reader.GetString(4));

    private static Track ReadTrack(SqliteDataReader reader, int first) => new(
        KeyList.Id(reader.GetInt64(first)),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetString(first + 3),
        reader.GetInt32(first + 4));
}
