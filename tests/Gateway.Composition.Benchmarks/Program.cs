using BenchmarkDotNet.Running;

namespace Gateway.Composition.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Gateway.Composition.Benchmarks -- --filter '*'</c>: how long
/// <see cref="Gateway.Federation.Composition.SupergraphComposer"/> takes on generated subgraph sets.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
