using Microsoft.Extensions.Logging;

namespace Gateway.Security.Tokens;

/// <summary>
/// Runs <see cref="ISigningKeyRotation.RotateIfDueAsync"/> every refresh interval in the background until disposed.
/// A failed round (the store unreachable for a moment) is logged and tried again next round; the keys in force
/// keep signing meanwhile.
/// </summary>
public sealed class SigningKeyRotationLoop : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public SigningKeyRotationLoop(ISigningKeyRotation rotation, TimeSpan interval, TimeProvider time, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        _loop = RunAsync(rotation, interval, time, logger, _stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting: the expected end.
        }

        _stop.Dispose();
    }

    private static async Task RunAsync(ISigningKeyRotation rotation, TimeSpan interval, TimeProvider time, ILogger? logger, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(interval, time, cancellationToken);
            try
            {
                await rotation.RotateIfDueAsync(cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger?.LogError(error, "Rotating or reading the token signing keys failed; the keys in force keep signing, and the next round tries again.");
            }
        }
    }
}
