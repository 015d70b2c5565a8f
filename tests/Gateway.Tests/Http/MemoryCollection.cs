namespace Gateway.Tests.Http;

/// <summary>Heap measurements run one at a time, after the parallel tests, so no other test allocates meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    public const string Name = "Memory";
}
