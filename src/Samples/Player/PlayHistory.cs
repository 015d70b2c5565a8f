using System.Collections.Concurrent;
using Gateway.Samples.SystemOfRecord;
using Microsoft.Data.Sqlite;

namespace Gateway.Samples.Player;

/// <summary>Reads tracks, play events and listening summaries from the player system of record, a batch per query.</summary>
public sealed class PlayHistory(SystemOfRecordFile file)
{
    private const string TrackColumns = "t.id, t.title, t.artist, t.genre, t.duration_ms";
    private const string PlayColumns = $"p.id, p.listener_id, p.played_at, p.duration_ms, p.device, {TrackColumns}";

    private readonly ConcurrentDictionary<Page, Func<IReadOnlyList<string>, CancellationToken, ValueTask<IReadOnlyDictionary<string, IReadOnlyList<PlayEvent>>>>> _playsOfListeners = new();

    /// <summary>The tracks with these ids, by id.</summary>
    public async ValueTask<IReadOnlyDictionary<string, object?>> FindTracksAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, object?>(ids.Count, StringComparer.Ordinal);
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {TrackColumns} FROM tracks t WHERE t.id IN ({KeyList.AddParameters(command, ids)})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var track = ReadTrack(reader, 0);
            found[track.Id] = track;
        }

        return found;
    }

    /// <summary>A page of the track catalogue in id order.</summary>
    public async ValueTask<IReadOnlyList<Track>> ListTracksAsync(Page page, CancellationToken cancellationToken)
    {
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {TrackColumns} FROM tracks t ORDER BY t.id LIMIT @limit OFFSET @offset";
        AddPage(command, page);
        var tracks = new List<Track>(page.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tracks.Add(ReadTrack(reader, 0));
        }

        return tracks;
    }

    /// <summary>A page of all play events, newest first.</summary>
    public async ValueTask<IReadOnlyList<PlayEvent>> ListPlaysAsync(Page page, CancellationToken cancellationToken)
    {
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {PlayColumns} FROM play_events p JOIN tracks t ON t.id = p.track_id ORDER BY p.played_at DESC, p.id DESC LIMIT @limit OFFSET @offset";
        AddPage(command, page);
        var plays = new List<PlayEvent>(page.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            plays.Add(ReadPlay(reader));
        }

        return plays;
    }

    /// <summary>The listening summaries of these users, by user id; a user who never played has none.</summary>
    public async ValueTask<IReadOnlyDictionary<string, ListeningSummary>> SummariesAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        var summaries = new Dictionary<string, ListeningSummary>(userIds.Count, StringComparer.Ordinal);
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT user_id, play_count, distinct_tracks, total_listening_seconds, first_played_at, last_played_at, favourite_genre
            FROM listening_summaries WHERE user_id IN ({KeyList.AddParameters(command, userIds)})
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            summaries[KeyList.Id(reader.GetInt64(0))] = new ListeningSummary(
                reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetString(4), reader.GetString(5), reader.GetString(6));
        }

        return summaries;
    }

    /// <summary>
    /// The batch function of <c>User.plays</c> for one page: the page of each listener's plays, newest first,
    /// for all the listeners of a batch in one query (a window per listener).
    /// </summary>
    public Func<IReadOnlyList<string>, CancellationToken, ValueTask<IReadOnlyDictionary<string, IReadOnlyList<PlayEvent>>>> PlaysOfListeners(Page page) =>
        _playsOfListeners.GetOrAdd(page, static (page, history) => (listeners, cancellationToken) => history.LoadPlaysOfListenersAsync(listeners, page, cancellationToken), this);

    private async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<PlayEvent>>> LoadPlaysOfListenersAsync(IReadOnlyList<string> listeners, Page page, CancellationToken cancellationToken)
    {
        var plays = new Dictionary<string, IReadOnlyList<PlayEvent>>(listeners.Count, StringComparer.Ordinal);
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {PlayColumns} FROM (
              SELECT id, listener_id, track_id, played_at, duration_ms, device,
                ROW_NUMBER() OVER (PARTITION BY listener_id ORDER BY played_at DESC, id DESC) AS position
              FROM play_events WHERE listener_id IN ({KeyList.AddParameters(command, listeners)})
            ) p JOIN tracks t ON t.id = p.track_id
            WHERE p.position > @offset AND p.position <= @offset + @limit
            ORDER BY p.listener_id, p.position
            """;
        AddPage(command, page);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var play = ReadPlay(reader);
            if (plays.TryGetValue(play.ListenerId, out var list))
            {
                ((List<PlayEvent>)list).Add(play);
            }
            else
            {
                plays[play.ListenerId] = new List<PlayEvent> { play };
            }
        }

        return plays;
    }

    private static void AddPage(SqliteCommand command, Page page)
    {
        command.Parameters.AddWithValue("@limit", page.Limit);
        command.Parameters.AddWithValue("@offset", page.Offset);
    }

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
