using System.Security.Cryptography;
using System.Text;
using Gateway.Security.Jose;

namespace Gateway.Security.Tokens;

/// <summary>
/// The deployment's key-encryption key: 256 bits that seal the signing keys kept in the catalog store with
/// AES-256-GCM (NIST SP 800-38D), so a store dump or backup reveals no private key. Every replica of a deployment
/// is given the same key (a file or an environment variable, base64 text); the store never sees it.
/// </summary>
public sealed class KeyEncryptionKey
{
    /// <summary>The environment variable that may hold the key, as base64 text of 32 bytes.</summary>
    public const string EnvironmentVariable = "GATEWAY_KEY_ENCRYPTION_KEY";

    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const string SealedPrefix = "aes256gcm$";

    private readonly byte[] _key;

    private KeyEncryptionKey(byte[] key, string source)
    {
        _key = key;
        Source = source;
    }

    /// <summary>Where the key came from (a file path or the environment variable), for error messages.</summary>
    public string Source { get; }

    /// <summary>A fresh random key, as base64 text for a key file.</summary>
    public static string GenerateText() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySize));

    /// <summary>The key in <paramref name="path"/>: base64 text of 32 bytes (whitespace around it ignored).</summary>
    /// <exception cref="FormatException">The file does not hold such a key.</exception>
    public static KeyEncryptionKey FromFile(string path) => FromText(File.ReadAllText(path), path);

    /// <summary>The key from base64 text of 32 bytes; <paramref name="source"/> names where it came from.</summary>
    /// <exception cref="FormatException">The text is not such a key.</exception>
    public static KeyEncryptionKey FromText(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new FormatException($"{source}: the key-encryption key is not base64 text; write 32 random bytes as base64 (e.g. `openssl rand -base64 32`).");
        }

        return key.Length == KeySize
            ? new KeyEncryptionKey(key, source)
            : throw new FormatException($"{source}: the key-encryption key has {key.Length} bytes; it needs {KeySize} (e.g. `openssl rand -base64 32`).");
    }

    /// <summary>
    /// <paramref name="plaintext"/> sealed as <c>aes256gcm$</c> + base64url(nonce || ciphertext || tag), bound to
    /// <paramref name="keyId"/> as associated data, so a sealed key moved to another key's row does not open.
    /// </summary>
    public string Seal(string keyId, ReadOnlySpan<byte> plaintext)
    {
        var sealedBytes = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);

        // A random 96-bit nonce per seal: SP 800-38D section 8.3 allows 2^32 of them under one key, far above the
        // number of keys a deployment ever rotates through.
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize, plaintext.Length), sealedBytes.AsSpan(NonceSize + plaintext.Length), Encoding.UTF8.GetBytes(keyId));
        return SealedPrefix + StrictBase64Url.Encode(sealedBytes);
    }

    /// <summary>The plaintext of <see cref="Seal"/>.</summary>
    /// <exception cref="CryptographicException">The text was sealed under another key, for another key id, or altered.</exception>
    public byte[] Open(string keyId, string sealedText)
    {
        ArgumentNullException.ThrowIfNull(sealedText);
        if (!sealedText.StartsWith(SealedPrefix, StringComparison.Ordinal)
            || StrictBase64Url.TryDecode(sealedText.AsSpan(SealedPrefix.Length)) is not { Length: >= NonceSize + TagSize } sealedBytes)
        {
            throw new CryptographicException($"The signing key '{keyId}' is not sealed in a form this gateway reads.");
        }

        var plaintext = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(
            sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plaintext.Length), sealedBytes.AsSpan(NonceSize + plaintext.Length),
            plaintext, Encoding.UTF8.GetBytes(keyId));
        return plaintext;
    }
}
