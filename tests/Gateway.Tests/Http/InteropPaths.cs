namespace Gateway.Tests.Http;

/// <summary>Finds <c>tests/Interop</c> (the Node side: the graphql-http audit script) from wherever the tests run.</summary>
public static class InteropPaths
{
    public static string Directory { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Interop");
            if (File.Exists(Path.Combine(candidate, "http-audit.mjs")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"tests/Interop/http-audit.mjs was not found above {AppContext.BaseDirectory}; run the tests from the repository checkout.");
    }
}
