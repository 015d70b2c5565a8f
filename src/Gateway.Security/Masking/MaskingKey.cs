using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Gateway.Security.Masking;

/// <summary>
/// The deployment secret of the <c>keyedHash</c> mask. A plain hash of a small domain (birth dates, phone
/// numbers) is reversed by hashing every candidate; an HMAC-SHA-256 (RFC 2104) under a secret the consumer never
/// sees is not. The same key gives the same pseudonym for the same value in every field and every request, so
/// consumers can still join on pseudonyms; pseudonymised data stays personal data (GDPR Recital 26), so the key
/// is protected like the data it hides.
/// </summary>
public sealed class MaskingKey
{
    /// <summary>The fewest key bytes accepted: the HMAC-SHA-256 output size (RFC 2104 section 3).</summary>
    public const int MinimumLength = 32;

    // Pseudonyms of recent values: the same values come back request after request (a customer's e-mail in
    // every order), and an HMAC costs microseconds. Bounded; emptied whole when full.
    private const int PseudonymCacheSize = 16_384;

    private readonly byte[] _key;
    private readonly ConcurrentDictionary<string, string> _pseudonyms = new(StringComparer.Ordinal);

    private MaskingKey(byte[] key) => _key = key;

    /// <summary>A key from <paramref name="key"/> (at least <see cref="MinimumLength"/> bytes, copied).</summary>
    public static MaskingKey FromBytes(ReadOnlySpan<byte> key) =>
        key.Length >= MinimumLength
            ? new MaskingKey(key.ToArray())
            : throw new ArgumentException($"A masking key needs at least {MinimumLength} bytes; this one has {key.Length}.", nameof(key));

    /// <summary>A new random key.</summary>
    public static MaskingKey Generate() => new(RandomNumberGenerator.GetBytes(MinimumLength));

    /// <summary>
    /// The key kept (base64) in the file at <paramref name="path"/>, or a new one written there when it is absent,
    /// so pseudonyms stay the same across restarts and replicas sharing the file.
    /// </summary>
    public static MaskingKey LoadOrCreateFile(string path)
    {
        if (File.Exists(path))
        {
            var text = File.ReadAllText(path).Trim();
            try
            {
                return FromBytes(Convert.FromBase64String(text));
            }
            catch (FormatException)
            {
                throw new FormatException($"{path}: not a masking key (expected the base64 of at least {MinimumLength} random bytes).");
            }
        }

        var key = Generate();
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Convert.ToBase64String(key._key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path, overwrite: true);
        return key;
    }

    /// <summary>The pseudonym of <paramref name="text"/>, made by <paramref name="create"/> once and remembered while the cache has room.</summary>
    internal string Pseudonym(string text, Func<string, MaskingKey, string> create)
    {
        if (_pseudonyms.TryGetValue(text, out var pseudonym))
        {
            return pseudonym;
        }

        pseudonym = create(text, this);
        if (_pseudonyms.Count >= PseudonymCacheSize)
        {
            _pseudonyms.Clear();
        }

        _pseudonyms.TryAdd(text, pseudonym);
        return pseudonym;
    }

    /// <summary>HMAC-SHA-256 of the UTF-8 text under this key.</summary>
    public void Hash(string text, Span<byte> destination)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var buffer = length <= 512 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(text, buffer);
        HMACSHA256.HashData(_key, buffer[..written], destination);
    }
}
