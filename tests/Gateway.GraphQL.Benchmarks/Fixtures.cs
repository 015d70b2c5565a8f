namespace Gateway.GraphQL.Benchmarks;

/// <summary>Reads the benchmark fixtures copied beside the assembly (the Node side reads the same files).</summary>
public static class Fixtures
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
