namespace Gateway.Security.Tokens;

/// <summary>The outcome of validating a token: its claims, or why it was refused.</summary>
public sealed class TokenValidationResult
{
    private TokenValidationResult(AccessTokenClaims? claims, TokenValidationFailure? failure)
    {
        Claims = claims;
        Failure = failure;
    }

    public AccessTokenClaims? Claims { get; }

    public TokenValidationFailure? Failure { get; }

    public bool IsValid => Claims is not null;

    public static TokenValidationResult Valid(AccessTokenClaims claims) => new(claims, null);

    public static TokenValidationResult Refused(TokenValidationFailure failure) => new(null, failure);

    public override string ToString() => IsValid ? "valid" : $"refused: {Failure}";
}
