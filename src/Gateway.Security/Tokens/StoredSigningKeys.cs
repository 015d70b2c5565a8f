using System.Security.Cryptography;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Security.Jose;

namespace Gateway.Security.Tokens;

/// <summary>
/// Signing keys shared by the gateway replicas through the catalog store (<see cref="ISigningKeyStore"/>), each private
/// key sealed under the deployment's <see cref="KeyEncryptionKey"/>. The ring is computed from the stored keys and the
/// clock alone, so replicas agree: the newest key whose activation has passed signs, newer ones are published ahead of
/// signing, older ones are retired when the next one activated and stay published until their tokens have expired.
/// A replica whose current key has signed for the key lifetime adds the next generation; when two try at once, the
/// store keeps one and both read it.
/// </summary>
public sealed class StoredSigningKeys : ISigningKeyRotation
{
    private readonly ISigningKeyStore _store;
    private readonly KeyEncryptionKey _encryption;
    private readonly TimeProvider _time;
    private readonly SigningKeyRotationSettings _settings;
    private readonly Dictionary<string, SigningKeyMaterial> _opened = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private SigningKeyRing? _ring;

    private StoredSigningKeys(ISigningKeyStore store, KeyEncryptionKey encryption, TimeProvider time, SigningKeyRotationSettings settings)
    {
        _store = store;
        _encryption = encryption;
        _time = time;
        _settings = settings;
    }

    public SigningKeyRing Ring => _ring ?? throw new InvalidOperationException("The stored signing keys have not been read yet.");

    /// <summary>
    /// Reads the stored keys (adding the first, or the next when due) and opens every one of them.
    /// </summary>
    /// <exception cref="KeyEncryptionKeyMismatchException">A stored key does not open with <paramref name="encryption"/>.</exception>
    public static async Task<StoredSigningKeys> OpenAsync(
        ISigningKeyStore store, KeyEncryptionKey encryption, TimeProvider time, SigningKeyRotationSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(encryption);
        ArgumentNullException.ThrowIfNull(settings);
        var keys = new StoredSigningKeys(store, encryption, time, settings);
        await keys.RotateIfDueAsync(cancellationToken);
        return keys;
    }

    public async Task RotateIfDueAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            var stored = await _store.ListSigningKeysAsync(cancellationToken);
            if (NextKeyDue(stored, now) is { } next)
            {
                // False: another replica added this generation first; reading again picks up its key.
                await _store.TryAddSigningKeyAsync(next, cancellationToken);
                stored = await _store.ListSigningKeysAsync(cancellationToken);
            }

            Apply(stored, now);
            if (FirstGenerationInUse(stored, now) is { } first && first > stored[0].Generation)
            {
                await _store.DeleteSigningKeysBeforeAsync(first, cancellationToken);
            }
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>The first key when there is none; the next one when the newest has been (or will be, within the publish-ahead time) signing for its lifetime.</summary>
    private StoredSigningKey? NextKeyDue(IReadOnlyList<StoredSigningKey> stored, DateTimeOffset now)
    {
        if (stored.Count == 0)
        {
            return Seal(1, now, now);
        }

        var newest = stored[^1];
        var scheduled = newest.ActivatesAt + _settings.KeyLifetime;
        if (scheduled - _settings.PublishAhead > now)
        {
            return null;
        }

        // After a pause with no replica running, the next key still waits the publish-ahead time before it signs.
        var activation = scheduled > now + _settings.PublishAhead ? scheduled : now + _settings.PublishAhead;
        return Seal(newest.Generation + 1, activation, now);
    }

    private StoredSigningKey Seal(long generation, DateTimeOffset activatesAt, DateTimeOffset now)
    {
        var key = SigningKeyMaterial.Generate();
        _opened[key.KeyId] = key;
        var pkcs8 = key.ExportPkcs8();
        try
        {
            return new StoredSigningKey(generation, key.KeyId, _encryption.Seal(key.KeyId, pkcs8), activatesAt, now);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    private void Apply(IReadOnlyList<StoredSigningKey> stored, DateTimeOffset now)
    {
        if (stored.Count == 0)
        {
            throw new InvalidOperationException("The catalog store holds no signing key after one was added; is another process deleting them?");
        }

        var current = CurrentIndex(stored, now);
        var retired = new List<RetiredSigningKey>(current);
        for (var i = 0; i < current; i++)
        {
            retired.Add(new RetiredSigningKey(Open(stored[i]), RetiredAt(stored, i)));
        }

        var upcoming = new List<SigningKeyMaterial>(stored.Count - current - 1);
        for (var i = current + 1; i < stored.Count; i++)
        {
            upcoming.Add(Open(stored[i]));
        }

        var signing = Open(stored[current]);
        if (_ring is null)
        {
            _ring = new SigningKeyRing(_time, _settings.TokenLifetime, _settings.ClockSkew, signing, retired, stored[current].ActivatesAt);
        }

        _ring.Replace(signing, stored[current].ActivatesAt, retired, upcoming);

        // Keys deleted from the store are no longer needed here either.
        if (_opened.Count > stored.Count)
        {
            var kept = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in stored)
            {
                kept.Add(key.KeyId);
            }

            foreach (var keyId in new List<string>(_opened.Keys))
            {
                if (!kept.Contains(keyId))
                {
                    _opened.Remove(keyId);
                }
            }
        }
    }

    /// <summary>The newest key whose activation has passed (the oldest key when none has: a first key activates at once).</summary>
    private static int CurrentIndex(IReadOnlyList<StoredSigningKey> stored, DateTimeOffset now)
    {
        for (var i = stored.Count - 1; i > 0; i--)
        {
            if (stored[i].ActivatesAt <= now)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>
    /// When key <paramref name="index"/> stopped signing everywhere: when the next key activated, plus one refresh
    /// interval, as a replica may switch that much later.
    /// </summary>
    private DateTimeOffset RetiredAt(IReadOnlyList<StoredSigningKey> stored, int index) => stored[index + 1].ActivatesAt + _settings.RefreshInterval;

    /// <summary>The oldest generation still published: retired keys before it have outlived every token they signed.</summary>
    private long? FirstGenerationInUse(IReadOnlyList<StoredSigningKey> stored, DateTimeOffset now)
    {
        var current = CurrentIndex(stored, now);
        for (var i = 0; i < current; i++)
        {
            if (RetiredAt(stored, i) + _settings.TokenLifetime + _settings.ClockSkew > now)
            {
                return stored[i].Generation;
            }
        }

        return stored.Count == 0 ? null : stored[current].Generation;
    }

    private SigningKeyMaterial Open(StoredSigningKey stored)
    {
        if (_opened.TryGetValue(stored.KeyId, out var key))
        {
            return key;
        }

        byte[] pkcs8;
        try
        {
            pkcs8 = _encryption.Open(stored.KeyId, stored.SealedPrivateKey);
        }
        catch (CryptographicException error)
        {
            throw new KeyEncryptionKeyMismatchException(
                $"The signing key '{stored.KeyId}' (generation {stored.Generation}) in the catalog store does not open with the key-encryption key from {_encryption.Source}: "
                + "every replica of a deployment needs the same key-encryption key. Give this gateway the key the others use.",
                error);
        }

        try
        {
            key = SigningKeyMaterial.FromPkcs8(stored.KeyId, pkcs8);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }

        _opened[stored.KeyId] = key;
        return key;
    }
}
