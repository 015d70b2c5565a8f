using Gateway.Catalog.Documents;
using Gateway.Catalog.Governance;
using Gateway.CatalogApi.Products;
using Gateway.Publishing;

namespace Gateway.CatalogApi.Publishing;

/// <summary>Publisher outcomes as <c>CatalogPublishPayload</c> and <c>CatalogLifecyclePayload</c> values.</summary>
internal static class PublishPayloads
{
    public static Dictionary<string, object?> From(PublishOutcome outcome, string? previousVersion)
    {
        var diagnostics = new List<Dictionary<string, object?>>(outcome.Diagnostics.Count);
        foreach (var diagnostic in outcome.Diagnostics)
        {
            diagnostics.Add(Diagnostic(diagnostic));
        }

        var findings = new List<Dictionary<string, object?>>(outcome.Findings.Count);
        foreach (var finding in outcome.Findings)
        {
            findings.Add(Finding(finding));
        }

        return new Dictionary<string, object?>
        {
            ["status"] = outcome.Status,
            ["accepted"] = outcome.Accepted,
            ["urn"] = outcome.Product?.ToString(),
            ["version"] = outcome.Version?.ToString(),
            ["diagnostics"] = diagnostics,
            ["subgraphProblem"] = outcome.SubgraphProblem,
            ["compositionErrors"] = CompositionErrorValues.From(outcome.CompositionErrors),
            ["changes"] = outcome.Changes is { } report && previousVersion is not null ? new VersionChanges(previousVersion, report) : null,
            ["findings"] = findings,
            ["conflicts"] = outcome.Conflicts,
            ["supergraphVersion"] = outcome.Supergraph is { } stored ? (int?)stored.Version : null,
        };
    }

    public static Dictionary<string, object?> From(LifecycleOutcome outcome) => new()
    {
        ["stored"] = outcome.Stored,
        ["urn"] = outcome.Product.ToString(),
        ["compositionErrors"] = CompositionErrorValues.From(outcome.CompositionErrors),
        ["conflicts"] = outcome.Conflicts,
        ["supergraphVersion"] = outcome.Supergraph is { } stored ? (int?)stored.Version : null,
    };

    /// <summary>A publish refused before the publisher ran: an argument it cannot use.</summary>
    public static Dictionary<string, object?> Unusable(string problem) => new()
    {
        ["status"] = PublishStatus.Unusable,
        ["accepted"] = false,
        ["urn"] = null,
        ["version"] = null,
        ["diagnostics"] = Array.Empty<object>(),
        ["subgraphProblem"] = problem,
        ["compositionErrors"] = Array.Empty<object>(),
        ["changes"] = null,
        ["findings"] = Array.Empty<object>(),
        ["conflicts"] = Array.Empty<string>(),
        ["supergraphVersion"] = null,
    };

    /// <summary>A lifecycle change refused before the publisher ran: an argument that is not a product URN.</summary>
    public static Dictionary<string, object?> NotAProduct(string? text, string argument, string? urn = null) => new()
    {
        ["stored"] = false,
        ["urn"] = urn ?? text ?? "",
        ["compositionErrors"] = Array.Empty<object>(),
        ["conflicts"] = new[] { $"{argument}: {CatalogInputError.Quote(text)} is not a product URN; write urn:dp:<domain>:<name>, e.g. urn:dp:sales:orders." },
        ["supergraphVersion"] = null,
    };

    private static Dictionary<string, object?> Diagnostic(DocumentDiagnostic diagnostic) => new()
    {
        ["file"] = diagnostic.File,
        ["line"] = diagnostic.Position.Line,
        ["column"] = diagnostic.Position.Column,
        ["path"] = diagnostic.Path,
        ["rule"] = diagnostic.Rule,
        ["message"] = diagnostic.Message,
        ["severity"] = diagnostic.Severity,
    };

    private static Dictionary<string, object?> Finding(GovernanceFinding finding) => new()
    {
        ["ruleId"] = finding.RuleId,
        ["severity"] = finding.Severity,
        ["location"] = finding.Location,
        ["message"] = finding.Message,
    };
}
