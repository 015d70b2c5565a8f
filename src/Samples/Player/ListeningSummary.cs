namespace Gateway.Samples.Player;

/// <summary>
/// One user's listening, aggregated from their play events when the system of record is generated: the
/// aggregated data product "Listening Summaries", fed by the raw "Play Events".
/// </summary>
/// <param name="UserId">The user (not served: the summary is reached through its user).</param>
/// <param name="PlayCount">How many plays.</param>
/// <param name="DistinctTracks">How many different tracks.</param>
/// <param name="TotalListeningSeconds">The plays' durations summed, in whole seconds.</param>
/// <param name="FirstPlayedAt">The earliest play's instant.</param>
/// <param name="LastPlayedAt">The latest play's instant.</param>
/// <param name="FavouriteGenre">The genre with the most plays; ties go to the alphabetically first.</param>
public sealed record ListeningSummary(string UserId, int PlayCount, int DistinctTracks, long TotalListeningSeconds, string FirstPlayedAt, string LastPlayedAt, string FavouriteGenre);
