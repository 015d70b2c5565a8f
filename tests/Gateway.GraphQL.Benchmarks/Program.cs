using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Gateway.GraphQL.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Gateway.GraphQL.Benchmarks -- --compare</c> runs our benchmarks and the
/// graphql-js / graphql-jit ones on the same fixtures in one run and prints the ratios; any other arguments go to
/// BenchmarkDotNet as usual.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--compare")
        {
            var config = ManualConfig.CreateMinimumViable()
                .AddJob(Job.ShortRun.WithId("short"))
                .WithOptions(ConfigOptions.DisableOptimizationsValidator);
            var summary = BenchmarkRunner.Run<EngineBenchmarks>(config);
            return Comparison.Print(summary);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
