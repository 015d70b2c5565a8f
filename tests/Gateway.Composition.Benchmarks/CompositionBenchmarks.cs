using BenchmarkDotNet.Attributes;
using Gateway.Federation.Composition;

namespace Gateway.Composition.Benchmarks;

/// <summary>Composing generated subgraph sets: the target is under 500 ms for 50 subgraphs of 40 types each.</summary>
[MemoryDiagnoser]
public class CompositionBenchmarks
{
    private List<SubgraphSource> _subgraphs = [];

    [Params(10, 50)]
    public int Subgraphs { get; set; }

    [Params(40)]
    public int TypesPerSubgraph { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _subgraphs = SubgraphSetGenerator.Generate(Subgraphs, TypesPerSubgraph);
        var result = SupergraphComposer.Compose(_subgraphs);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The generated subgraphs do not compose: " + string.Join("\n", result.Errors));
        }
    }

    [Benchmark]
    public string Compose() => SupergraphComposer.Compose(_subgraphs).SupergraphSdl!;
}
