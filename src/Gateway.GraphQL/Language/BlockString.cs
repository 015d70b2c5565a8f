using System.Buffers;
using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>
/// Block strings (Spec 2.9.4): turning a raw block string into its value (BlockStringValue) and printing a
/// value back as a block string.
/// </summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue) (Spec 2.9.4): splits on line terminators, removes the common indentation
    /// of every line but the first, drops leading and trailing blank lines, joins with \n. The escape
    /// <c>\"""</c> in the raw text becomes <c>"""</c>.
    /// </summary>
    public static string GetValue(string rawValue)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        var length = SourceText.Encode(rawValue, out var buffer);
        var lines = ArrayPool<int>.Shared.Rent(16);
        try
        {
            var source = buffer.AsSpan(0, length);
            var count = 0;
            var lineStart = 0;
            var position = 0;
            while (position < source.Length)
            {
                var b = source[position];
                if (b == '\n' || b == '\r')
                {
                    AddLine(ref lines, ref count, lineStart, position);
                    position += b == '\r' && position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    lineStart = position;
                }
                else
                {
                    position++;
                }
            }

            AddLine(ref lines, ref count, lineStart, source.Length);
            return Cook(source, lines.AsSpan(0, count * 2));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(lines);
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Removes the common indentation and the blank first and last lines of already split lines (Spec 2.9.4 BlockStringValue steps 2-5).</summary>
    public static IReadOnlyList<string> DedentLines(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var commonIndent = int.MaxValue;
        var first = -1;
        var last = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = LeadingWhiteSpace(lines[i].AsSpan());
            if (indent == lines[i].Length)
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }

            last = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (first < 0)
        {
            return [];
        }

        var result = new List<string>(last - first + 1);
        for (var i = first; i <= last; i++)
        {
            var line = lines[i];
            result.Add(i == 0 || commonIndent == int.MaxValue ? line : line[Math.Min(commonIndent, line.Length)..]);
        }

        return result;
    }

    /// <summary>
    /// Prints a value as a block string, with the reference implementation's layout: on its own lines when
    /// it spans several lines, is long, or ends with a quote or backslash. Returns null when the value cannot
    /// be written as a block string that reads back as the same value (leading blank lines, internal
    /// indentation on every line, carriage returns, control characters); print it as a plain string then.
    /// </summary>
    public static string? TryPrint(string value, string indentation = "")
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
            {
                return null;
            }
        }

        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split('\n');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1;
        for (var i = 1; i < lines.Length && forceLeadingNewLine; i++)
        {
            forceLeadingNewLine = lines[i].Length == 0 || lines[i][0] == ' ' || lines[i][0] == '\t';
        }

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var multipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && (value[0] == ' ' || value[0] == '\t');

        var builder = new StringBuilder(value.Length + 8 + indentation.Length);
        builder.Append("\"\"\"");
        if ((multipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n').Append(indentation);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n').Append(indentation);
            }

            builder.Append(lines[i]);
        }

        if (multipleLines || forceTrailingNewLine)
        {
            builder.Append('\n').Append(indentation);
        }

        builder.Append("\"\"\"");
        var printed = builder.ToString();

        // Proof by construction: only keep the block form when reading it back yields the same value.
        return GetValue(printed[3..^3]) == value ? printed : null;
    }

    /// <summary>Computes BlockStringValue over raw UTF-8 lines given as (start, end) byte offset pairs.</summary>
    internal static string Cook(ReadOnlySpan<byte> source, ReadOnlySpan<int> lineRanges)
    {
        var lineCount = lineRanges.Length / 2;
        var commonIndent = int.MaxValue;
        var first = -1;
        var last = -1;
        for (var i = 0; i < lineCount; i++)
        {
            var line = source[lineRanges[i * 2]..lineRanges[(i * 2) + 1]];
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
            }

            last = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (first < 0)
        {
            return string.Empty;
        }

        if (commonIndent == int.MaxValue)
        {
            commonIndent = 0;
        }

        var capacity = 0;
        for (var i = first; i <= last; i++)
        {
            capacity += lineRanges[(i * 2) + 1] - lineRanges[i * 2] + 1;
        }

        var output = ArrayPool<byte>.Shared.Rent(capacity);
        try
        {
            var written = 0;
            for (var i = first; i <= last; i++)
            {
                if (i > first)
                {
                    output[written++] = (byte)'\n';
                }

                var start = lineRanges[i * 2];
                var end = lineRanges[(i * 2) + 1];
                if (i != 0)
                {
                    start = Math.Min(start + commonIndent, end);
                }

                written += CopyUnescaped(source[start..end], output.AsSpan(written));
            }

            return Encoding.UTF8.GetString(output, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(output);
        }
    }

    /// <summary>Copies one raw line, turning each <c>\"""</c> into <c>"""</c>.</summary>
    private static int CopyUnescaped(ReadOnlySpan<byte> line, Span<byte> destination)
    {
        var written = 0;
        var position = 0;
        while (position < line.Length)
        {
            var escape = line[position..].IndexOf("\\\"\"\""u8);
            if (escape < 0)
            {
                line[position..].CopyTo(destination[written..]);
                return written + line.Length - position;
            }

            line.Slice(position, escape).CopyTo(destination[written..]);
            written += escape;
            "\"\"\""u8.CopyTo(destination[written..]);
            written += 3;
            position += escape + 4;
        }

        return written;
    }

    private static int LeadingWhiteSpace(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    private static int LeadingWhiteSpace(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    private static void AddLine(ref int[] lines, ref int count, int start, int end)
    {
        if ((count + 1) * 2 > lines.Length)
        {
            var larger = ArrayPool<int>.Shared.Rent(lines.Length * 2);
            lines.AsSpan(0, count * 2).CopyTo(larger);
            ArrayPool<int>.Shared.Return(lines);
            lines = larger;
        }

        lines[count * 2] = start;
        lines[(count * 2) + 1] = end;
        count++;
    }
}
