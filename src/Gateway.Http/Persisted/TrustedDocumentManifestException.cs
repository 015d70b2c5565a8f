namespace Gateway.Http.Persisted;

/// <summary>A trusted-document manifest that cannot be used, with the file and the 1-based line and column of the problem.</summary>
public sealed class TrustedDocumentManifestException : Exception
{
    public TrustedDocumentManifestException(string filePath, int line, int column, string problem, Exception? innerException = null)
        : base($"{filePath}:{line}:{column}: {problem}", innerException)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public string FilePath { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
