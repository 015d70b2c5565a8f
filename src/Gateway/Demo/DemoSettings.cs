using Gateway.Samples.SystemOfRecord;

namespace Gateway.Demo;

/// <summary>What <c>gateway serve --demo</c> was asked to do; tests build one directly to run the demo in-process.</summary>
/// <param name="DataDirectory">Where the systems of record live (default <c>./data</c>).</param>
/// <param name="Reset">Generate the systems of record again even when they are current.</param>
/// <param name="Sizes">How much data to generate, and the seed.</param>
public sealed record DemoSettings(DirectoryInfo DataDirectory, bool Reset, SampleSizes Sizes)
{
    public const string DefaultDataDirectory = "data";
}
