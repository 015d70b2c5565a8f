namespace Gateway.Tests;

/// <summary>Tests that swap <see cref="Console.Out"/> and <see cref="Console.Error"/> run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
