namespace Gateway.Security.Tokens;

/// <summary>
/// A signing key ring kept in one gateway's data directory (<see cref="SigningKeyRingFile"/>), rotated on schedule:
/// when the current key has signed for the key lifetime a new key takes over and the file is written again. For a
/// single gateway; replicas share keys through the catalog store instead (<see cref="StoredSigningKeys"/>).
/// </summary>
public sealed class FileSigningKeys : ISigningKeyRotation
{
    private readonly string _path;
    private readonly string _password;
    private readonly TimeProvider _time;
    private readonly SigningKeyRotationSettings _settings;
    private readonly Lock _rotation = new();

    private FileSigningKeys(string path, string password, TimeProvider time, SigningKeyRotationSettings settings, SigningKeyRing ring)
    {
        _path = path;
        _password = password;
        _time = time;
        _settings = settings;
        Ring = ring;
    }

    public SigningKeyRing Ring { get; }

    /// <summary>The ring in <paramref name="path"/> (created when absent), rotated at once when its key is past its lifetime.</summary>
    public static FileSigningKeys Open(string path, string password, TimeProvider time, SigningKeyRotationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ring = SigningKeyRingFile.LoadOrCreate(path, password, time, settings.TokenLifetime, settings.ClockSkew);
        var keys = new FileSigningKeys(path, password, time, settings, ring);
        keys.RotateIfDue();
        return keys;
    }

    public Task RotateIfDueAsync(CancellationToken cancellationToken)
    {
        RotateIfDue();
        return Task.CompletedTask;
    }

    private void RotateIfDue()
    {
        lock (_rotation)
        {
            if (Ring.CurrentSince + _settings.KeyLifetime <= _time.GetUtcNow())
            {
                Ring.Rotate();
                SigningKeyRingFile.Save(Ring, _path, _password);
            }
        }
    }
}
