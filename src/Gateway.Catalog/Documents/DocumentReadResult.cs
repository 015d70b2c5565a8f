namespace Gateway.Catalog.Documents;

/// <summary>
/// A document read into <typeparamref name="T"/> and every diagnostic found on the way. <see cref="Unreadable"/>
/// means the text is not YAML or JSON at all (or breaks a limit): the one diagnostic says why and nothing else was checked.
/// </summary>
public sealed record DocumentReadResult<T>(T? Document, IReadOnlyList<DocumentDiagnostic> Diagnostics, bool Unreadable)
    where T : class
{
    /// <summary>Read, and no errors (warnings allowed).</summary>
    public bool IsValid
    {
        get
        {
            if (Document is null)
            {
                return false;
            }

            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
