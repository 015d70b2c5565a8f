namespace Gateway.Security.Tokens;

/// <summary>Why a token was refused; each is a distinct check in <see cref="AccessTokenValidator"/>.</summary>
public enum TokenValidationFailure
{
    /// <summary>Longer than the size cap; refused before any parsing.</summary>
    TooLarge,

    /// <summary>Not three strict base64url parts, a header or payload that is not a JSON object, or a "crit" header.</summary>
    Malformed,

    /// <summary>An "alg" the issuer is not allowed: "none", any HMAC, or anything outside the issuer's list.</summary>
    DisallowedAlgorithm,

    /// <summary>"iss" is missing or names an issuer that is not trusted.</summary>
    UntrustedIssuer,

    /// <summary>No "kid", or none of the issuer's current keys has it.</summary>
    UnknownKey,

    /// <summary>The signature does not verify with the named key.</summary>
    InvalidSignature,

    /// <summary>"typ" is not "at+jwt" where RFC 9068 section 4 requires it.</summary>
    WrongType,

    /// <summary>"aud" does not name this resource server.</summary>
    WrongAudience,

    /// <summary>"exp" is missing or lies in the past beyond the allowed skew.</summary>
    Expired,

    /// <summary>"nbf" lies in the future beyond the allowed skew.</summary>
    NotYetValid,

    /// <summary>A required claim ("sub", "client_id", "iat", "jti") is missing or has the wrong JSON type.</summary>
    MissingClaim,

    /// <summary>The client the token was issued to has been revoked, or is no longer registered.</summary>
    RevokedClient,
}
