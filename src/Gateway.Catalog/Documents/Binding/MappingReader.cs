using System.Globalization;
using Gateway.Catalog.Documents.Nodes;

namespace Gateway.Catalog.Documents.Binding;

/// <summary>
/// Reads the keys of one mapping by name and type. Keys read are remembered, so <see cref="End"/> can
/// report the rest: ODCS v3.1 and ODPS v1.0 close their objects (<c>unevaluatedProperties</c> /
/// <c>additionalProperties: false</c>), so an unknown key is an error unless the section is open.
/// </summary>
internal sealed class MappingReader
{
    private readonly DocumentBinder _binder;
    private readonly MappingNode _mapping;
    private readonly string _section;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private readonly bool _isPlaceholder;

    /// <param name="isPlaceholder">Stands in for a value of the wrong shape, already reported: reports nothing more.</param>
    public MappingReader(DocumentBinder binder, MappingNode mapping, string path, string section, bool isPlaceholder = false)
    {
        _isPlaceholder = isPlaceholder;
        _binder = binder;
        _mapping = mapping;
        Path = path;
        _section = section;
    }

    public string Path { get; }

    public DocumentNode Node => _mapping;

    /// <summary>The value under a key, marking the key known; a missing required key is reported.</summary>
    public DocumentNode? Value(string key, bool required = false)
    {
        _known.Add(key);
        var value = _mapping[key];
        if (value is null && required && !_isPlaceholder)
        {
            _binder.Report(_mapping, Path, "required", $"the {_section} must have '{key}'");
        }

        return value;
    }

    public string? String(string key, bool required = false)
    {
        var value = Value(key, required);
        switch (value)
        {
            case null:
                return null;
            case ScalarNode { Kind: ScalarKind.String } text:
                if (required && text.Text.Length == 0)
                {
                    _binder.Report(value, DocumentBinder.Child(Path, key), "required", "must not be empty");
                }

                return text.Text;
            case ScalarNode { Kind: ScalarKind.Integer or ScalarKind.Number } number:
                // A YAML version written `version: 1.0` reads as a number; say how to keep it a string.
                _binder.Report(value, DocumentBinder.Child(Path, key), "type", $"must be a string, not {value.Describe()}; quote it: \"{number.Text}\"");
                return null;
            default:
                _binder.Report(value, DocumentBinder.Child(Path, key), "type", $"must be a string, not {value.Describe()}");
                return null;
        }
    }

    public string? Enum(string key, IReadOnlyList<string> allowed, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        foreach (var option in allowed)
        {
            if (option == text)
            {
                return text;
            }
        }

        _binder.Report(_mapping[key]!, DocumentBinder.Child(Path, key), "enum", $"must be one of {string.Join(", ", allowed)}");
        return null;
    }

    public bool? Boolean(string key)
    {
        var value = Value(key);
        if (value is null)
        {
            return null;
        }

        if (value is ScalarNode { Kind: ScalarKind.Boolean } boolean)
        {
            return boolean.Text is "true" or "True" or "TRUE";
        }

        _binder.Report(value, DocumentBinder.Child(Path, key), "type", $"must be true or false, not {value.Describe()}");
        return null;
    }

    public long? Integer(string key)
    {
        var value = Value(key);
        if (value is null)
        {
            return null;
        }

        if (value is ScalarNode { Kind: ScalarKind.Integer } integer
            && long.TryParse(integer.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        _binder.Report(value, DocumentBinder.Child(Path, key), "type", $"must be an integer, not {value.Describe()}");
        return null;
    }

    /// <summary>A list of strings; the ODCS <c>tags</c> keyword and friends.</summary>
    public IReadOnlyList<string> Strings(string key)
    {
        var value = Value(key);
        if (value is null)
        {
            return [];
        }

        if (value is not SequenceNode sequence)
        {
            _binder.Report(value, DocumentBinder.Child(Path, key), "type", $"must be a list of strings, not {value.Describe()}");
            return [];
        }

        var strings = new List<string>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is ScalarNode { Kind: ScalarKind.String } text)
            {
                strings.Add(text.Text);
            }
            else
            {
                _binder.Report(sequence.Items[i], DocumentBinder.Item(DocumentBinder.Child(Path, key), i), "type", $"must be a string, not {sequence.Items[i].Describe()}");
            }
        }

        return strings;
    }

    /// <summary>A list of mappings, each read by <paramref name="read"/> with its path.</summary>
    public IReadOnlyList<T> List<T>(string key, Func<DocumentNode, string, T?> read, bool required = false)
        where T : class
    {
        var value = Value(key, required);
        if (value is null)
        {
            return [];
        }

        var path = DocumentBinder.Child(Path, key);
        if (value is not SequenceNode sequence)
        {
            _binder.Report(value, path, "type", $"must be a list, not {value.Describe()}");
            return [];
        }

        var items = new List<T>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (read(sequence.Items[i], DocumentBinder.Item(path, i)) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>A nested mapping read by <paramref name="read"/>.</summary>
    public T? Object<T>(string key, Func<DocumentNode, string, T?> read, bool required = false)
        where T : class
    {
        var value = Value(key, required);
        return value is null ? null : read(value, DocumentBinder.Child(Path, key));
    }

    /// <summary>Reports every key not read, as an error (closed sections) or a warning (open ones).</summary>
    public void End(DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        foreach (var entry in _mapping.Entries)
        {
            if (!_known.Contains(entry.Key))
            {
                var message = severity == DiagnosticSeverity.Error
                    ? $"'{entry.Key}' is not a field of the {_section} in {_binder.Standard}; put extensions in customProperties"
                    : $"'{entry.Key}' is not a field this reader knows for the {_section}; it is kept but not checked";
                _binder.Report(entry.KeyPosition, DocumentBinder.Child(Path, entry.Key), "unknown-key", message, severity);
            }
        }
    }
}
