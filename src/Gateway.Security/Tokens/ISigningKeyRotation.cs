namespace Gateway.Security.Tokens;

/// <summary>Where a <see cref="SigningKeyRing"/> is kept, and how it is rotated on schedule.</summary>
public interface ISigningKeyRotation
{
    /// <summary>The ring the token service signs with and publishes.</summary>
    SigningKeyRing Ring { get; }

    /// <summary>
    /// Rotates when the current key has signed for its lifetime and keeps the kept keys in step (a shared store: reads
    /// the keys other replicas added and drops expired ones).
    /// </summary>
    Task RotateIfDueAsync(CancellationToken cancellationToken);
}
