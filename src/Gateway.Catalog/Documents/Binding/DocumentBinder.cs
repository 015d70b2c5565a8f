using System.Globalization;
using System.Text.Json.Nodes;
using Gateway.Catalog.Documents.Nodes;

namespace Gateway.Catalog.Documents.Binding;

/// <summary>
/// Collects the diagnostics of reading one document's tree into typed records: every error found, not
/// just the first, each with the file, position and path of the value it is about.
/// </summary>
internal sealed class DocumentBinder
{
    private readonly List<DocumentDiagnostic> _diagnostics = [];

    public DocumentBinder(string file, string standard)
    {
        File = file;
        Standard = standard;
    }

    public string File { get; }

    /// <summary>The standard being read, named in unknown-key messages: <c>ODCS v3.1</c>, <c>ODPS v1.0</c>.</summary>
    public string Standard { get; }

    /// <summary>The diagnostics in document order (they are found in reading order, which differs).</summary>
    public IReadOnlyList<DocumentDiagnostic> Diagnostics
    {
        get => _diagnostics.OrderBy(static d => d.Position.Line).ThenBy(static d => d.Position.Column).ToList();
    }

    public void Report(DocumentNode at, string path, string rule, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        _diagnostics.Add(new DocumentDiagnostic(File, at.Position, path, rule, message, severity));

    public void Report(SourcePosition at, string path, string rule, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        _diagnostics.Add(new DocumentDiagnostic(File, at, path, rule, message, severity));

    /// <summary>Opens a mapping for reading its keys; a value of another shape is reported and reads as empty.</summary>
    public MappingReader Mapping(DocumentNode node, string path, string section)
    {
        if (node is MappingNode mapping)
        {
            return new MappingReader(this, mapping, path, section);
        }

        Report(node, path, "type", $"must be a mapping of {section} fields, not {node.Describe()}");
        return new MappingReader(this, new MappingNode(node.Position, []), path, section, isPlaceholder: true);
    }

    public static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Item(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>A free value (custom property values, examples) as JSON, for storage and the API.</summary>
    public static JsonNode? ToJson(DocumentNode node)
    {
        switch (node)
        {
            case MappingNode mapping:
                var json = new JsonObject();
                foreach (var entry in mapping.Entries)
                {
                    json[entry.Key] = ToJson(entry.Value);
                }

                return json;
            case SequenceNode sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Items)
                {
                    array.Add(ToJson(item));
                }

                return array;
            case ScalarNode { Kind: ScalarKind.Null }:
                return null;
            case ScalarNode { Kind: ScalarKind.Boolean } boolean:
                return JsonValue.Create(boolean.Text is "true" or "True" or "TRUE");
            case ScalarNode { Kind: ScalarKind.Integer } integer when long.TryParse(integer.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole):
                return JsonValue.Create(whole);
            case ScalarNode { Kind: ScalarKind.Integer or ScalarKind.Number } number when double.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real):
                return JsonValue.Create(real);
            case ScalarNode scalar:
                return JsonValue.Create(scalar.Text);
            default:
                return null;
        }
    }
}
