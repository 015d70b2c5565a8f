namespace Gateway.GraphQL.InteropTests;

/// <summary>Finds <c>tests/Interop</c> (the Node side and the corpus) from wherever the tests run.</summary>
public static class InteropDirectory
{
    public static string Path { get; } = Find();

    public static string Corpus => System.IO.Path.Combine(Path, "corpus");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "tests", "Interop");
            if (File.Exists(System.IO.Path.Combine(candidate, "oracle.mjs")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"tests/Interop/oracle.mjs was not found above {AppContext.BaseDirectory}; run the tests from the repository checkout.");
    }
}
