using System.CommandLine;

namespace Gateway;

/// <summary>The <c>gateway</c> executable: one binary, one verb per job.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Data mesh gateway: one GraphQL API over an organisation's data products.");
        return await root.Parse(args).InvokeAsync();
    }
}
