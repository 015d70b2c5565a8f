using Gateway.Security.Tokens;
using Microsoft.Extensions.Logging;

namespace Gateway.Security.Tests.Tokens;

public sealed class SigningKeyRotationLoopTests
{
    [Fact]
    public async Task A_failed_round_is_logged_and_the_next_round_runs()
    {
        var rotation = new FailingOnceRotation();
        var logger = new RecordingLogger();

        await using (new SigningKeyRotationLoop(rotation, TimeSpan.FromMilliseconds(1), TimeProvider.System, logger))
        {
            await rotation.SecondRound.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        var error = Assert.Single(logger.Errors);
        Assert.Contains("the keys in force keep signing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposing_stops_the_rounds()
    {
        var rotation = new FailingOnceRotation();
        var loop = new SigningKeyRotationLoop(rotation, TimeSpan.FromHours(1), TimeProvider.System);

        await loop.DisposeAsync();

        Assert.Equal(0, rotation.Rounds);
    }

    private sealed class FailingOnceRotation : ISigningKeyRotation
    {
        public SigningKeyRing Ring { get; } = new(TimeProvider.System, TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(60));

        public TaskCompletionSource SecondRound { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Rounds { get; private set; }

        public Task RotateIfDueAsync(CancellationToken cancellationToken)
        {
            Rounds++;
            if (Rounds == 1)
            {
                throw new InvalidOperationException("the store is unreachable");
            }

            SecondRound.TrySetResult();
            return Task.CompletedTask;
        }
    }

    private sealed class RecordingLogger : ILogger
    {
        private readonly Lock _lock = new();

        public List<string> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                lock (_lock)
                {
                    Errors.Add(formatter(state, exception));
                }
            }
        }
    }
}
