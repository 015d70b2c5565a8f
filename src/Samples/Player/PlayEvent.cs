namespace Gateway.Samples.Player;

/// <summary>One play of a track by a listener: the raw event the player domain records.</summary>
/// <param name="Id">The event id.</param>
/// <param name="ListenerId">The registered user who listened.</param>
/// <param name="Track">What was played.</param>
/// <param name="PlayedAt">ISO 8601 UTC instant the play started.</param>
/// <param name="DurationMs">How long it was listened to.</param>
/// <param name="Device">The <c>Device</c> name.</param>
public sealed record PlayEvent(string Id, string ListenerId, Track Track, string PlayedAt, int DurationMs, string Device)
{
    /// <summary>The listener, a registered user the player domain knows by id only.</summary>
    public Listener Listener => new(ListenerId);
}
