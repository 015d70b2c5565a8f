namespace Gateway.Tests.Registry;

/// <summary>Tests that keep many clients busy run alone, so they neither slow nor are slowed by the rest of the suite.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "Load";
}
