using Gateway.Catalog.Documents;

namespace Gateway.Catalog.Governance;

/// <summary>
/// A deployment's governance rule file that cannot be used, with every problem found: file, line, column, path and
/// rule. A <see cref="FormatException"/>: the file's text is not in the format it must be.
/// </summary>
public sealed class GovernanceRuleFileException : FormatException
{
    public GovernanceRuleFileException(IReadOnlyList<DocumentDiagnostic> diagnostics)
        : base(Describe(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<DocumentDiagnostic> Diagnostics { get; }

    private static string Describe(IReadOnlyList<DocumentDiagnostic> diagnostics) =>
        diagnostics.Count == 1
            ? $"The governance rule file is not valid: {diagnostics[0]}"
            : $"The governance rule file is not valid ({diagnostics.Count} problems):\n{string.Join("\n", diagnostics)}";
}
