namespace Gateway.Samples.Player;

/// <summary>A track of the streaming catalogue, served as the <c>Track</c> entity.</summary>
public sealed record Track(string Id, string Title, string Artist, string Genre, int DurationMs);
