namespace Gateway.Commands;

/// <summary>The exit codes every verb shares.</summary>
public static class ExitCodes
{
    /// <summary>The input is fine: the document is valid, the response has no errors, nothing breaks.</summary>
    public const int Success = 0;

    /// <summary>The verb ran and found a problem: invalid document, errors in the response, a breaking change.</summary>
    public const int Findings = 1;

    /// <summary>The verb could not run: a file is missing or unreadable, the schema does not build, bad options.</summary>
    public const int UnusableInput = 2;
}
