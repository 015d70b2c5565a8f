using System.CommandLine;
using System.Text.Json;
using Gateway.Catalog.Documents;

namespace Gateway.Commands;

/// <summary>
/// <c>gateway product validate FILE...</c>: reads each data product descriptor (ODPS v1.0) and data
/// contract (ODCS v3.1), YAML or JSON, and prints every finding as <c>file:line:column path: message [rule]</c>.
/// Exit 0 all valid (warnings allowed), 1 some document rejected, 2 some file unusable (missing, not
/// UTF-8, not YAML or JSON, over a limit).
/// </summary>
public static class ProductValidateCommand
{
    public static Command Create()
    {
        var filesArgument = new Argument<FileInfo[]>("files") { Description = "Descriptor and contract files.", Arity = ArgumentArity.OneOrMore };
        var jsonOption = new Option<bool>("--json") { Description = "Print the results as JSON, for pipelines." };
        var command = new Command("validate", "Validate data product descriptors and data contracts.") { filesArgument, jsonOption };
        command.SetAction((parseResult, cancellationToken) => VerbRunner.RunAsync(async output =>
        {
            var results = new List<FileResult>();
            foreach (var file in parseResult.GetRequiredValue(filesArgument))
            {
                results.Add(await ValidateAsync(file, cancellationToken));
            }

            CheckPairs(results);

            if (parseResult.GetValue(jsonOption))
            {
                WriteJson(output.Out, results);
            }
            else
            {
                WriteText(output.Out, results);
            }

            var exitCode = ExitCodes.Success;
            foreach (var result in results)
            {
                exitCode = Math.Max(exitCode, result.Unusable ? ExitCodes.UnusableInput : result.Valid ? ExitCodes.Success : ExitCodes.Findings);
            }

            return exitCode;
        }));
        return command;
    }

    private static async Task<FileResult> ValidateAsync(FileInfo file, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await InputFiles.ReadTextAsync(file, "document", cancellationToken);
        }
        catch (UnusableInputException error)
        {
            return new FileResult(file.FullName, null, null, null, [], Valid: false, Unusable: true, error.Message);
        }

        var document = CatalogDocumentReader.Read(file.FullName, text);
        var kind = document.Kind switch
        {
            CatalogDocumentKind.DataProduct => "descriptor",
            CatalogDocumentKind.DataContract => "contract",
            _ => null,
        };
        var identity = document switch
        {
            { Descriptor: { } descriptor } => $" {descriptor.Profile.Urn?.ToString() ?? descriptor.Id} {descriptor.Version}",
            { Contract: { } contract } => $" {contract.Id} {contract.Version}",
            _ => "",
        };
        return new FileResult(file.FullName, kind, identity, document, document.Diagnostics, document.IsValid, document.Unreadable, null);
    }

    /// <summary>
    /// Given one descriptor and contracts beside it (a product's files in one call), each contract must be
    /// served by the descriptor and be of its domain; a finding marks the descriptor rejected.
    /// </summary>
    private static void CheckPairs(List<FileResult> results)
    {
        var descriptors = results.FindAll(result => result.Document?.Descriptor is not null);
        if (descriptors.Count != 1)
        {
            return;
        }

        var descriptor = descriptors[0];
        var findings = new List<DocumentDiagnostic>(descriptor.Diagnostics);
        foreach (var result in results)
        {
            if (result.Document?.Contract is { } contract)
            {
                findings.AddRange(DocumentPairRules.Check(descriptor.File, descriptor.Document!.Descriptor!, contract));
            }
        }

        if (findings.Count > descriptor.Diagnostics.Count)
        {
            results[results.IndexOf(descriptor)] = descriptor with { Diagnostics = findings, Valid = false };
        }
    }

    private static void WriteText(TextWriter output, List<FileResult> results)
    {
        foreach (var result in results)
        {
            if (result.Problem is { } problem)
            {
                output.WriteLine(problem);
                continue;
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }

            var verdict = result.Valid ? "valid" : result.Unusable ? "unreadable" : "rejected";
            var what = result.Kind is null ? "" : $" {result.Kind}{result.Identity}";
            output.WriteLine($"{result.File}: {verdict}{what}");
        }
    }

    private static void WriteJson(TextWriter output, List<FileResult> results)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var result in results)
            {
                json.WriteStartObject();
                json.WriteString("file", result.File);
                json.WriteString("kind", result.Kind);
                json.WriteBoolean("valid", result.Valid);
                json.WriteBoolean("unusable", result.Unusable);
                json.WriteStartArray("diagnostics");
                if (result.Problem is { } problem)
                {
                    json.WriteStartObject();
                    json.WriteString("rule", "input");
                    json.WriteString("severity", "error");
                    json.WriteString("message", problem);
                    json.WriteEndObject();
                }

                foreach (var diagnostic in result.Diagnostics)
                {
                    ProductReportWriter.WriteDiagnostic(json, diagnostic, withFile: false);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private sealed record FileResult(
        string File,
        string? Kind,
        string? Identity,
        CatalogDocument? Document,
        IReadOnlyList<DocumentDiagnostic> Diagnostics,
        bool Valid,
        bool Unusable,
        string? Problem);
}
