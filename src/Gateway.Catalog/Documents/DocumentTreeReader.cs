using Gateway.Catalog.Documents.Nodes;

namespace Gateway.Catalog.Documents;

/// <summary>Reads a YAML or JSON document into a positioned tree, or says in one diagnostic why it cannot.</summary>
public static class DocumentTreeReader
{
    /// <summary>JSON when the file name ends in <c>.json</c> or the text starts with <c>{</c>; YAML otherwise.</summary>
    public static DocumentFormat DetectFormat(string file, string text)
    {
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentFormat.Json;
        }

        var first = text.AsSpan().TrimStart();
        return first.Length > 0 && first[0] == '{' ? DocumentFormat.Json : DocumentFormat.Yaml;
    }

    public static DocumentTree Read(string file, string text, DocumentLimits? limits = null)
    {
        limits ??= DocumentLimits.Default;
        if (text.Length > limits.MaxCharacters)
        {
            return DocumentTree.Failed(new DocumentDiagnostic(
                file, new SourcePosition(1, 1), "", "limit",
                $"the document holds {text.Length:N0} characters, more than the {limits.MaxCharacters:N0} a descriptor or contract may hold; split it."));
        }

        try
        {
            var root = DetectFormat(file, text) == DocumentFormat.Json
                ? JsonTreeReader.Read(file, text, limits)
                : YamlTreeReader.Read(file, text, limits);
            return DocumentTree.Succeeded(root);
        }
        catch (DocumentSyntaxException error)
        {
            return DocumentTree.Failed(error.Diagnostic);
        }
    }
}
