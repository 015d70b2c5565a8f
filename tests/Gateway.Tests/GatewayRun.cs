namespace Gateway.Tests;

/// <summary>One run of the <c>gateway</c> executable in-process: its exit code and what it printed.</summary>
public sealed record GatewayRun(int ExitCode, string Out, string Error)
{
    /// <summary>Calls <see cref="Program.Main"/> with the console captured, restoring it afterwards.</summary>
    public static async Task<GatewayRun> StartAsync(params string[] args)
    {
        var (previousOut, previousError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exitCode = await Program.Main(args);
            return new GatewayRun(exitCode, output.ToString().Trim(), error.ToString().Trim());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }
}
