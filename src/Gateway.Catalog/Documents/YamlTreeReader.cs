using System.Globalization;
using Gateway.Catalog.Documents.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Gateway.Catalog.Documents;

/// <summary>
/// Reads YAML into a <see cref="DocumentNode"/> tree from the parser's events, so positions survive and
/// the limits are checked as the tree grows. An alias shares its anchor's node rather than copying it,
/// and is charged the anchor's full size and height, which is what stops an alias bomb (YAML 1.2 3.2.2.2:
/// an alias denotes the anchored node; nothing bounds how often) before anything walks the tree.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly string _file;
    private readonly DocumentLimits _limits;
    private readonly Dictionary<string, Anchored> _anchors = new(StringComparer.Ordinal);
    private IParser _parser = null!;
    private long _nodes;
    private SourcePosition _lastPosition = new(1, 1);
    private int _aliases;

    private YamlTreeReader(string file, DocumentLimits limits)
    {
        _file = file;
        _limits = limits;
    }

    public static DocumentNode Read(string file, string text, DocumentLimits limits)
    {
        var reader = new YamlTreeReader(file, limits);
        try
        {
            return reader.ReadStream(text);
        }
        catch (YamlException error)
        {
            // YamlDotNet's messages start with the location it already knows; ours come from the marks.
            var message = error.InnerException is { } inner && error.Message.StartsWith('(') ? inner.Message : error.Message;
            var position = new SourcePosition((int)Math.Max(error.Start.Line, 1), (int)Math.Max(error.Start.Column, 1));
            throw new DocumentSyntaxException(new DocumentDiagnostic(file, position, "", "syntax", $"is not valid YAML: {StripLocation(message)}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some malformed flow collections instead of a YamlException.
            throw new DocumentSyntaxException(new DocumentDiagnostic(
                file, reader._lastPosition, "", "syntax", "is not valid YAML: the value that starts here is not closed or not well formed."));
        }
    }

    private DocumentNode ReadStream(string text)
    {
        _parser = new Parser(new StringReader(text));
        _parser.Consume<StreamStart>();
        if (_parser.TryConsume<StreamEnd>(out var end))
        {
            throw Error(Position(end), "syntax", "the document is empty; write a mapping with apiVersion, kind, id and status.");
        }

        _parser.Consume<DocumentStart>();
        var (root, _, _) = ReadNode(1);
        _parser.Consume<DocumentEnd>();
        if (_parser.Current is DocumentStart another)
        {
            throw Error(Position(another), "syntax", "the file holds more than one YAML document; keep one descriptor or contract per file.");
        }

        return root;
    }

    private (DocumentNode Node, long Weight, int Height) ReadNode(int depth)
    {
        if (depth > _limits.MaxDepth)
        {
            throw Error(Position(_parser.Current!), "limit", $"nesting is deeper than {_limits.MaxDepth} levels; flatten the structure.");
        }

        var current = _parser.Current ?? throw Error(default, "syntax", "the document ends early.");
        _lastPosition = Position(current);
        switch (current)
        {
            case AnchorAlias alias:
                _parser.MoveNext();
                return ReadAlias(alias, depth);
            case Scalar scalar:
                _parser.MoveNext();
                Count(1, scalar);
                return Remember(scalar.Anchor, (Resolve(scalar), 1, 0));
            case SequenceStart sequence:
                _parser.MoveNext();
                return Remember(sequence.Anchor, ReadSequence(sequence, depth));
            case MappingStart mapping:
                _parser.MoveNext();
                return Remember(mapping.Anchor, ReadMapping(mapping, depth));
            default:
                throw Error(Position(current), "syntax", $"unexpected {current.GetType().Name}.");
        }
    }

    private (DocumentNode, long, int) ReadSequence(SequenceStart start, int depth)
    {
        Count(1, start);
        var items = new List<DocumentNode>();
        long weight = 1;
        var height = 0;
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            var (item, itemWeight, itemHeight) = ReadNode(depth + 1);
            items.Add(item);
            weight += itemWeight;
            height = Math.Max(height, itemHeight + 1);
        }

        return (new SequenceNode(Position(start), items), weight, height);
    }

    private (DocumentNode, long, int) ReadMapping(MappingStart start, int depth)
    {
        Count(1, start);
        var entries = new List<MappingEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long weight = 1;
        var height = 0;
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = _parser.Current!;
            if (keyEvent is not Scalar key)
            {
                throw Error(Position(keyEvent), "syntax", "a mapping key must be a plain string, not a list, mapping or alias.");
            }

            _parser.MoveNext();
            if (!seen.Add(key.Value))
            {
                // YAML 1.2 3.2.1.1: the keys of a mapping are unique.
                throw Error(Position(key), "syntax", $"the key '{key.Value}' appears twice in the same mapping; keep one.");
            }

            var (value, valueWeight, valueHeight) = ReadNode(depth + 1);
            entries.Add(new MappingEntry(key.Value, Position(key), value));
            weight += valueWeight;
            height = Math.Max(height, valueHeight + 1);
        }

        return (new MappingNode(Position(start), entries), weight, height);
    }

    private (DocumentNode, long, int) ReadAlias(AnchorAlias alias, int depth)
    {
        if (++_aliases > _limits.MaxAliases)
        {
            throw Error(Position(alias), "limit", $"the document uses more than {_limits.MaxAliases} aliases; write the values out.");
        }

        if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            throw Error(Position(alias), "syntax", $"the alias *{alias.Value.Value} names no anchor defined before it.");
        }

        if (depth + anchored.Height > _limits.MaxDepth)
        {
            throw Error(Position(alias), "limit", $"the alias *{alias.Value.Value} nests deeper than {_limits.MaxDepth} levels.");
        }

        Count(anchored.Weight, alias);
        return (anchored.Node, anchored.Weight, anchored.Height);
    }

    private (DocumentNode, long, int) Remember(AnchorName anchor, (DocumentNode Node, long Weight, int Height) read)
    {
        // Registered once the node is complete, so an alias inside its own anchor finds nothing: no cycles.
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = new Anchored(read.Node, read.Weight, read.Height);
        }

        return read;
    }

    private void Count(long weight, ParsingEvent at)
    {
        _nodes += weight;
        if (_nodes > _limits.MaxNodes)
        {
            throw Error(Position(at), "limit", $"the document holds more than {_limits.MaxNodes:N0} values (aliases counted as copies).");
        }
    }

    private static ScalarNode Resolve(Scalar scalar)
    {
        var position = Position(scalar);
        if (scalar.Style != ScalarStyle.Plain || (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:str"))
        {
            return new ScalarNode(position, ScalarKind.String, scalar.Value);
        }

        return new ScalarNode(position, CoreSchemaKind(scalar.Value), scalar.Value);
    }

    /// <summary>YAML 1.2 10.3.2 (core schema) tag resolution of a plain scalar.</summary>
    private static ScalarKind CoreSchemaKind(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return ScalarKind.Null;
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE":
                return ScalarKind.Boolean;
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF" or ".nan" or ".NaN" or ".NAN":
                return ScalarKind.Number;
        }

        if (IsInteger(text))
        {
            return ScalarKind.Integer;
        }

        return IsFloat(text) ? ScalarKind.Number : ScalarKind.String;
    }

    private static bool IsInteger(string text)
    {
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            return text.Length > 2 && long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _);
        }

        if (text.StartsWith("0o", StringComparison.Ordinal))
        {
            return text.Length > 2 && text.AsSpan(2).IndexOfAnyExcept("01234567") < 0;
        }

        var digits = text.AsSpan(text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0);
        return digits.Length > 0 && digits.IndexOfAnyExcept("0123456789") < 0;
    }

    private static bool IsFloat(string text)
    {
        var span = text.AsSpan();
        if (span.Length > 0 && (span[0] == '-' || span[0] == '+'))
        {
            span = span[1..];
        }

        return span.Length > 0
            && (char.IsAsciiDigit(span[0]) || (span[0] == '.' && span.Length > 1 && char.IsAsciiDigit(span[1])))
            && span.IndexOfAnyExcept("0123456789.eE+-") < 0
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }

    private static SourcePosition Position(ParsingEvent parsingEvent) =>
        new((int)Math.Max(parsingEvent.Start.Line, 1), (int)Math.Max(parsingEvent.Start.Column, 1));

    private static string StripLocation(string message)
    {
        // "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): While scanning..." -> "While scanning..."
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && marker > 0 ? message[(marker + 3)..] : message;
    }

    private DocumentSyntaxException Error(SourcePosition position, string rule, string message) =>
        new(new DocumentDiagnostic(_file, position, "", rule, message));

    private sealed record Anchored(DocumentNode Node, long Weight, int Height);
}
