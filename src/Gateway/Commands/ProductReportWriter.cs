using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.Catalog.Changes;
using Gateway.Catalog.Documents;
using Gateway.Catalog.Governance;
using Gateway.Catalog.Model;
using Gateway.Federation.Composition;
using Gateway.Publishing;

namespace Gateway.Commands;

/// <summary>
/// Prints what a publish, deprecation or retirement did: for people, one section per kind of reason (documents,
/// subgraph, composition, changes, governance, catalog) and a last line with the verdict; for pipelines
/// (<c>--format json</c>), one JSON object with the same content.
/// </summary>
public static class ProductReportWriter
{
    public const string TextFormat = "text";
    public const string JsonFormat = "json";

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Option<string> FormatOption()
    {
        var option = new Option<string>("--format") { Description = "text (default) or json, for pipelines.", DefaultValueFactory = _ => TextFormat };
        option.AcceptOnlyFromAmong(TextFormat, JsonFormat);
        return option;
    }

    public static int ExitCode(PublishStatus status) => status switch
    {
        PublishStatus.Published or PublishStatus.DryRunPassed => ExitCodes.Success,
        PublishStatus.Rejected => ExitCodes.Findings,
        _ => ExitCodes.UnusableInput,
    };

    /// <param name="changesOnly">For <c>product diff</c>: the changes and the version verdict, then the other reasons in brief.</param>
    public static void Write(PublishOutcome outcome, bool json, TextWriter output, bool changesOnly = false)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(output);
        if (json)
        {
            WriteJson(outcome, output);
        }
        else
        {
            WriteText(outcome, output, changesOnly);
        }
    }

    public static void Write(LifecycleOutcome outcome, string verb, bool json, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(output);
        if (json)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
            {
                writer.WriteStartObject();
                writer.WriteString("status", outcome.Stored ? "stored" : "rejected");
                writer.WriteString("product", outcome.Product.ToString());
                WriteCompositionErrors(writer, outcome.CompositionErrors);
                WriteStrings(writer, "conflicts", outcome.Conflicts);
                WriteStored(writer, outcome.Supergraph?.Version, outcome.Revision);
                writer.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return;
        }

        if (outcome.CompositionErrors.Count > 0)
        {
            SubgraphArguments.WriteErrors(outcome.CompositionErrors, output);
        }

        foreach (var conflict in outcome.Conflicts)
        {
            output.WriteLine($"Refused: {conflict}");
        }

        output.WriteLine(outcome.Stored
            ? $"{Capitalised(verb)} {outcome.Product} (revision {outcome.Revision})" + (outcome.Supergraph is { } supergraph ? $"; the supergraph is now version {supergraph.Version}." : ".")
            : $"Not {verb}: nothing was stored; the supergraph stays as it was.");
    }

    private static void WriteText(PublishOutcome outcome, TextWriter output, bool changesOnly)
    {
        var identity = $"{outcome.Product?.ToString() ?? "the product"} {outcome.Version?.ToString() ?? ""}".TrimEnd();
        if (outcome.Changes is { } changes)
        {
            WriteChanges(changes, outcome.PublishedVersion, output);
        }

        if (outcome.Diagnostics.Count > 0)
        {
            output.WriteLine($"Documents: {Count(ErrorCount(outcome.Diagnostics), "error")}, {Count(outcome.Diagnostics.Count - ErrorCount(outcome.Diagnostics), "warning")}");
            foreach (var diagnostic in outcome.Diagnostics)
            {
                output.WriteLine($"  {diagnostic}");
            }
        }

        if (outcome.SubgraphProblem is { } problem)
        {
            output.WriteLine($"Subgraph: {problem}");
        }

        if (outcome.CompositionErrors.Count > 0 && !changesOnly)
        {
            SubgraphArguments.WriteErrors(outcome.CompositionErrors, output);
        }
        else if (outcome.CompositionErrors.Count > 0)
        {
            output.WriteLine($"Composition: {Count(outcome.CompositionErrors.Count, "error")} ('gateway product publish --dry-run' lists them).");
        }

        if (outcome.Findings.Count > 0)
        {
            var errors = 0;
            foreach (var finding in outcome.Findings)
            {
                errors += finding.Severity == GovernanceSeverity.Error ? 1 : 0;
            }

            output.WriteLine($"Governance: {Count(errors, "error")}, {Count(outcome.Findings.Count - errors, "warning")}");
            if (!changesOnly)
            {
                foreach (var finding in outcome.Findings)
                {
                    output.WriteLine($"  {(finding.Severity == GovernanceSeverity.Error ? "error  " : "warning")} {finding.Location}: {finding.Message} [{finding.RuleId}]");
                }
            }
        }

        foreach (var conflict in outcome.Conflicts)
        {
            output.WriteLine($"Catalog: {conflict}");
        }

        output.WriteLine(outcome.Status switch
        {
            PublishStatus.Published => $"Published {identity} (revision {outcome.Revision})"
                + (outcome.Supergraph is { } supergraph ? $"; the supergraph is now version {supergraph.Version}." : "; it serves no subgraph."),
            PublishStatus.DryRunPassed => $"Dry run passed: {identity} would be published; nothing was stored.",
            PublishStatus.Rejected => $"Rejected {identity}: nothing was stored; the supergraph stays as it was.",
            _ => $"Cannot publish {identity}: the input is unusable; nothing was stored.",
        });
    }

    private static void WriteChanges(ChangeReport changes, SemanticVersion? published, TextWriter output)
    {
        if (published is null)
        {
            output.WriteLine("Changes: none to compare; this is the product's first version in the catalog.");
            return;
        }

        var breaking = 0;
        foreach (var change in changes.Changes)
        {
            breaking += change.Severity == ChangeSeverity.Breaking ? 1 : 0;
        }

        output.WriteLine($"Changes against {published}: {Count(changes.Changes.Count, "change")} ({breaking} breaking); they need {BumpPhrase(changes.RequiredBump)}, the version makes {BumpPhrase(changes.ActualBump)}.");
        foreach (var change in changes.Changes)
        {
            output.WriteLine($"  {Severity(change.Severity),-9} {Area(change.Area),-8} {change.Location}: {change.Message} [{change.Code}]");
        }

        output.WriteLine(changes.VersionAccepted ? "Version: fits the changes." : $"Version: {changes.VersionRejection}");
    }

    private static void WriteJson(PublishOutcome outcome, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("status", outcome.Status switch
            {
                PublishStatus.Published => "published",
                PublishStatus.DryRunPassed => "dryRunPassed",
                PublishStatus.Rejected => "rejected",
                _ => "unusable",
            });
            writer.WriteString("product", outcome.Product?.ToString());
            writer.WriteString("version", outcome.Version?.ToString());
            writer.WriteString("publishedVersion", outcome.PublishedVersion?.ToString());
            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in outcome.Diagnostics)
            {
                WriteDiagnostic(writer, diagnostic, withFile: true);
            }

            writer.WriteEndArray();
            writer.WriteString("subgraphProblem", outcome.SubgraphProblem);
            WriteCompositionErrors(writer, outcome.CompositionErrors);
            if (outcome.Changes is { } changes)
            {
                writer.WriteStartObject("changes");
                writer.WriteString("requiredBump", Bump(changes.RequiredBump));
                writer.WriteString("actualBump", Bump(changes.ActualBump));
                writer.WriteBoolean("versionAccepted", changes.VersionAccepted);
                writer.WriteString("versionRejection", changes.VersionRejection);
                writer.WriteStartArray("items");
                foreach (var change in changes.Changes)
                {
                    writer.WriteStartObject();
                    writer.WriteString("area", Area(change.Area));
                    writer.WriteString("severity", Severity(change.Severity));
                    writer.WriteString("code", change.Code);
                    writer.WriteString("location", change.Location);
                    writer.WriteString("message", change.Message);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("changes");
            }

            writer.WriteStartArray("findings");
            foreach (var finding in outcome.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", finding.RuleId);
                writer.WriteString("severity", finding.Severity == GovernanceSeverity.Error ? "error" : "warning");
                writer.WriteString("location", finding.Location);
                writer.WriteString("message", finding.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteStrings(writer, "conflicts", outcome.Conflicts);
            WriteStored(writer, outcome.Supergraph?.Version, outcome.Revision);
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>One document diagnostic as a JSON object (<c>file</c> left out where the enclosing object names the file).</summary>
    public static void WriteDiagnostic(Utf8JsonWriter writer, DocumentDiagnostic diagnostic, bool withFile)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostic);
        writer.WriteStartObject();
        if (withFile)
        {
            writer.WriteString("file", diagnostic.File);
        }

        writer.WriteNumber("line", diagnostic.Position.Line);
        writer.WriteNumber("column", diagnostic.Position.Column);
        writer.WriteString("path", diagnostic.Path);
        writer.WriteString("rule", diagnostic.Rule);
        writer.WriteString("severity", diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning");
        writer.WriteString("message", diagnostic.Message);
        writer.WriteEndObject();
    }

    private static void WriteCompositionErrors(Utf8JsonWriter writer, IReadOnlyList<CompositionError> errors)
    {
        writer.WriteStartArray("compositionErrors");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            WriteStrings(writer, "subgraphs", error.Subgraphs);
            WriteStrings(writer, "coordinates", error.Coordinates);
            writer.WriteString("fix", error.Fix);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteStored(Utf8JsonWriter writer, long? supergraphVersion, long revision)
    {
        if (supergraphVersion is { } version)
        {
            writer.WriteNumber("supergraphVersion", version);
        }
        else
        {
            writer.WriteNull("supergraphVersion");
        }

        writer.WriteNumber("revision", revision);
    }

    private static int ErrorCount(IReadOnlyList<DocumentDiagnostic> diagnostics)
    {
        var errors = 0;
        foreach (var diagnostic in diagnostics)
        {
            errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
        }

        return errors;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Capitalised(string verb) => string.Concat(char.ToUpperInvariant(verb[0]).ToString(), verb[1..]);

    private static string Bump(VersionBump bump) => bump switch
    {
        VersionBump.Major => "major",
        VersionBump.Minor => "minor",
        VersionBump.Patch => "patch",
        _ => "none",
    };

    private static string BumpPhrase(VersionBump bump) => bump == VersionBump.None ? "no version bump" : $"a {Bump(bump)} version bump";

    private static string Severity(ChangeSeverity severity) => severity switch
    {
        ChangeSeverity.Breaking => "breaking",
        ChangeSeverity.Dangerous => "dangerous",
        _ => "safe",
    };

    private static string Area(ChangeArea area) => area == ChangeArea.Schema ? "schema" : "contract";
}
