using Gateway.Security.Jose;

namespace Gateway.Security.Tokens;

/// <summary>A key that no longer signs but still verifies the tokens it signed, and when it stopped signing.</summary>
public sealed record RetiredSigningKey(SigningKeyMaterial Key, DateTimeOffset RetiredAt);
