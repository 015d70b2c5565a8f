using System.Security.Cryptography;

namespace Gateway.Security.Jose;

/// <summary>
/// A private P-256 key that signs with ES256 (RFC 7518 section 3.4), with its "kid". The public half is
/// <see cref="PublicKey"/>, for the JWKS.
/// </summary>
public sealed class SigningKeyMaterial : IDisposable
{
    private readonly ECDsa _key;

    private SigningKeyMaterial(string keyId, ECDsa key)
    {
        KeyId = keyId;
        _key = key;
        PublicKey = JsonWebKey.FromEcdsa(keyId, key);
    }

    public string KeyId { get; }

    public JsonWebKey PublicKey { get; }

    /// <summary>A fresh key with a random "kid" (16 bytes, base64url), so rotated keys never collide.</summary>
    public static SigningKeyMaterial Generate() =>
        new(StrictBase64Url.Encode(RandomNumberGenerator.GetBytes(16)), ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>An existing P-256 key, e.g. loaded from a deployment's key store.</summary>
    public static SigningKeyMaterial FromEcdsa(string keyId, ECDsa key) => new(keyId, key);

    /// <summary>
    /// The private key as encrypted PKCS#8 (RFC 5958 section 3; PBES2 with AES-256-CBC and PBKDF2-SHA256), for a
    /// key store that must not hold signing keys in the clear.
    /// </summary>
    public byte[] ExportEncryptedPkcs8(string password) =>
        _key.ExportEncryptedPkcs8PrivateKey(password, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000));

    /// <summary>A key read back from <see cref="ExportEncryptedPkcs8"/>; it must be a P-256 key.</summary>
    public static SigningKeyMaterial FromEncryptedPkcs8(string keyId, ReadOnlySpan<byte> pkcs8, string password)
    {
        var key = ECDsa.Create();
        key.ImportEncryptedPkcs8PrivateKey(password, pkcs8, out _);
        return new SigningKeyMaterial(keyId, key);
    }

    /// <summary>
    /// The private key as plain PKCS#8 (RFC 5958), for a caller that encrypts it itself (a shared key store sealing
    /// it with AES-GCM). Clear the returned bytes once used.
    /// </summary>
    public byte[] ExportPkcs8() => _key.ExportPkcs8PrivateKey();

    /// <summary>A key read back from <see cref="ExportPkcs8"/>; it must be a P-256 key.</summary>
    public static SigningKeyMaterial FromPkcs8(string keyId, ReadOnlySpan<byte> pkcs8)
    {
        var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(pkcs8, out _);
        if (key.KeySize != 256)
        {
            key.Dispose();
            throw new CryptographicException($"The signing key '{keyId}' is not a P-256 key; ES256 needs one.");
        }

        return new SigningKeyMaterial(keyId, key);
    }

    /// <summary>The ES256 signature as R || S, 64 bytes (RFC 7518 section 3.4), not DER.</summary>
    public byte[] Sign(ReadOnlySpan<byte> signingInput) =>
        _key.SignData(signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    public void Dispose() => _key.Dispose();
}
