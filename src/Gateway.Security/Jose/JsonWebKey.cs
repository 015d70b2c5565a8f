using System.Security.Cryptography;
using System.Text.Json;

namespace Gateway.Security.Jose;

/// <summary>
/// A public verification key as a JWK (RFC 7517 section 4; EC members in RFC 7518 section 6.2.1, RSA members in
/// section 6.3.1). Private members are never read or written: a key set is published, and one that carried "d"
/// would leak the signing key.
/// </summary>
public sealed class JsonWebKey
{
    // RFC 7518 section 3.3: "A key of size 2048 bits or larger MUST be used with these algorithms."
    private const int MinimumRsaKeySizeInBits = 2048;

    // RFC 7518 section 3.4: the ES256 signature is R and S, 32 bytes each, concatenated (IEEE P1363).
    private const int Es256SignatureLength = 64;

    private readonly ECDsa? _ecdsa;
    private readonly RSA? _rsa;
    private readonly ECParameters _ecParameters;
    private readonly RSAParameters _rsaParameters;

    private JsonWebKey(string keyId, string algorithm, ECDsa? ecdsa, ECParameters ecParameters, RSA? rsa, RSAParameters rsaParameters)
    {
        KeyId = keyId;
        Algorithm = algorithm;
        _ecdsa = ecdsa;
        _ecParameters = ecParameters;
        _rsa = rsa;
        _rsaParameters = rsaParameters;
    }

    /// <summary>"kid" (RFC 7517 section 4.5): how a token's header names the key that signed it.</summary>
    public string KeyId { get; }

    /// <summary>"alg" (RFC 7517 section 4.4): the one algorithm this key verifies.</summary>
    public string Algorithm { get; }

    /// <summary>The public half of a P-256 key, for ES256.</summary>
    public static JsonWebKey FromEcdsa(string keyId, ECDsa key)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        var parameters = key.ExportParameters(includePrivateParameters: false);
        if (parameters.Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            throw new ArgumentException("ES256 needs a P-256 key (RFC 7518 section 3.4).", nameof(key));
        }

        return new JsonWebKey(keyId, JwsAlgorithms.ES256, ECDsa.Create(parameters), parameters, null, default);
    }

    /// <summary>The public half of an RSA key of at least 2048 bits, for RS256.</summary>
    public static JsonWebKey FromRsa(string keyId, RSA key)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        if (key.KeySize < MinimumRsaKeySizeInBits)
        {
            throw new ArgumentException($"RS256 needs an RSA key of at least {MinimumRsaKeySizeInBits} bits (RFC 7518 section 3.3).", nameof(key));
        }

        var parameters = key.ExportParameters(includePrivateParameters: false);
        var rsa = RSA.Create();
        rsa.ImportParameters(parameters);
        return new JsonWebKey(keyId, JwsAlgorithms.RS256, null, default, rsa, parameters);
    }

    /// <summary>
    /// Reads one key of a JWKS, or returns null when it is not a usable signature key: no "kid", a key type or
    /// curve other than EC P-256 and RSA, "use" other than "sig", or an "alg" that does not fit the key type.
    /// </summary>
    public static JsonWebKey? TryRead(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || Text(element, "kid") is not { Length: > 0 } keyId
            || (Text(element, "use") is { } use && use != "sig"))
        {
            return null;
        }

        var algorithm = Text(element, "alg");
        try
        {
            switch (Text(element, "kty"))
            {
                case "EC" when algorithm is null or JwsAlgorithms.ES256 && Text(element, "crv") == "P-256":
                {
                    var x = Coordinate(element, "x");
                    var y = Coordinate(element, "y");
                    if (x is not { Length: 32 } || y is not { Length: 32 })
                    {
                        return null;
                    }

                    var parameters = new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } };
                    return new JsonWebKey(keyId, JwsAlgorithms.ES256, ECDsa.Create(parameters), parameters, null, default);
                }

                case "RSA" when algorithm is null or JwsAlgorithms.RS256:
                {
                    var modulus = Coordinate(element, "n");
                    var exponent = Coordinate(element, "e");
                    if (modulus is null || exponent is null || modulus.Length * 8 < MinimumRsaKeySizeInBits)
                    {
                        return null;
                    }

                    var parameters = new RSAParameters { Modulus = modulus, Exponent = exponent };
                    var rsa = RSA.Create();
                    rsa.ImportParameters(parameters);
                    return new JsonWebKey(keyId, JwsAlgorithms.RS256, null, default, rsa, parameters);
                }

                default:
                    return null;
            }
        }
        catch (CryptographicException)
        {
            // A point off the curve or a malformed modulus: the key cannot verify anything.
            return null;
        }
    }

    /// <summary>
    /// Verifies a JWS signature over <paramref name="signingInput"/> (RFC 7515 section 5.2 step 8). The algorithm
    /// must be this key's own: a key is never reused with another algorithm (RFC 7517 section 4.4).
    /// </summary>
    public bool Verify(string algorithm, ReadOnlySpan<byte> signingInput, ReadOnlySpan<byte> signature)
    {
        if (algorithm != Algorithm)
        {
            return false;
        }

        if (_ecdsa is not null)
        {
            return signature.Length == Es256SignatureLength
                && _ecdsa.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }

        return _rsa!.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>Writes the public members only.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (_ecdsa is not null)
        {
            writer.WriteString("kty", "EC");
            writer.WriteString("crv", "P-256");
            writer.WriteString("x", StrictBase64Url.Encode(_ecParameters.Q.X));
            writer.WriteString("y", StrictBase64Url.Encode(_ecParameters.Q.Y));
        }
        else
        {
            writer.WriteString("kty", "RSA");
            writer.WriteString("n", StrictBase64Url.Encode(_rsaParameters.Modulus));
            writer.WriteString("e", StrictBase64Url.Encode(_rsaParameters.Exponent));
        }

        writer.WriteString("kid", KeyId);
        writer.WriteString("use", "sig");
        writer.WriteString("alg", Algorithm);
        writer.WriteEndObject();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[]? Coordinate(JsonElement element, string name) =>
        Text(element, name) is { } text ? StrictBase64Url.TryDecode(text) : null;
}
