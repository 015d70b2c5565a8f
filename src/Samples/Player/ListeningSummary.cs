namespace Gateway.Samples.Player;

/// <summary>
/// One user's listening, aggregated from their play events when the system of record is generated: the
/// aggregated data product "Listening Summaries", fed by the raw "Play Events".
/// </summary>
public sealed record ListeningSummary(int PlayCount, int DistinctTracks, long TotalListeningSeconds, string FirstPlayedAt, string LastPlayedAt, string FavouriteGenre);
