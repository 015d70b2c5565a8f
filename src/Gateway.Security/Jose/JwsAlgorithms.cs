namespace Gateway.Security.Jose;

/// <summary>
/// The JWS "alg" values this gateway knows (RFC 7518 section 3.1). Only asymmetric algorithms are listed: a
/// validator that accepted "HS256" could be fooled by a token MACed with a published public key, and "none"
/// (RFC 7518 section 3.6) carries no signature at all.
/// </summary>
public static class JwsAlgorithms
{
    /// <summary>ECDSA using P-256 and SHA-256 (RFC 7518 section 3.4); the algorithm our tokens use.</summary>
    public const string ES256 = "ES256";

    /// <summary>RSASSA-PKCS1-v1_5 using SHA-256 (RFC 7518 section 3.3); accepted from external issuers only.</summary>
    public const string RS256 = "RS256";
}
