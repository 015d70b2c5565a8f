namespace Gateway.Tests.Registry;

/// <summary>
/// Waits for something another part does in the background (a poll, a drain). Not a timing assertion: the bound
/// only keeps a broken build from hanging the run, and is far above what the step takes.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    public static async Task HoldsAsync(Func<Task<bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > Bound)
            {
                throw new Xunit.Sdk.XunitException($"The condition did not hold within {Bound.TotalSeconds} s.");
            }

            await Task.Delay(10);
        }
    }
}
