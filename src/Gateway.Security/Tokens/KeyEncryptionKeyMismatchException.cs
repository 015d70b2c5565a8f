namespace Gateway.Security.Tokens;

/// <summary>
/// A signing key in the catalog store does not open with the configured key-encryption key: the replicas of a
/// deployment were given different keys, or the key file was replaced. Starting anyway would sign with keys the other
/// replicas cannot read, so the gateway refuses to start.
/// </summary>
public sealed class KeyEncryptionKeyMismatchException(string message, Exception inner) : Exception(message, inner);
