namespace Gateway.Samples.Player;

/// <summary>A registered user as the player domain sees it: an id (the registration domain owns the rest), their plays and listening summary.</summary>
public sealed record Listener(string Id);
