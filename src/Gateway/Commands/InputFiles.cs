using System.Text;
using System.Text.Json;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Gateway.LocalGraphQL;

namespace Gateway.Commands;

/// <summary>Reads the files the verbs take, turning every way they can be unusable into a message that names the file.</summary>
public static class InputFiles
{
    /// <summary>The most any input file may hold; past it the file is refused before it is read.</summary>
    public const long MaxInputBytes = 256L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The file's text, decoded as UTF-8 (a byte order mark is skipped). A missing file, a directory, a
    /// file too large or not UTF-8 is unusable input with a message naming the file and, for bad bytes,
    /// the line and column where they start.
    /// </summary>
    public static async Task<string> ReadTextAsync(FileInfo file, string role, CancellationToken cancellationToken)
    {
        if (Directory.Exists(file.FullName))
        {
            throw new UnusableInputException($"Cannot read the {role} file {file.FullName}: it is a directory; give the path of a file.");
        }

        if (!file.Exists)
        {
            throw new UnusableInputException($"Cannot read the {role} file {file.FullName}: it does not exist.");
        }

        if (file.Length > MaxInputBytes)
        {
            throw new UnusableInputException(
                $"Cannot read the {role} file {file.FullName}: it holds {file.Length:N0} bytes, more than the {MaxInputBytes:N0} an input file may hold.");
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UnusableInputException($"Cannot read the {role} file {file.FullName}: {error.Message}");
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException error)
        {
            var offset = start + Math.Max(error.Index, 0);
            var (line, column) = LineAndColumn(bytes, start, offset);
            var bad = offset < bytes.Length ? $"byte 0x{bytes[offset]:X2}" : "a truncated character";
            throw new UnusableInputException(
                $"{file.FullName}:{line}:{column}: the {role} file is not valid UTF-8 ({bad} at offset {offset}); save it as UTF-8 text.");
        }
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset into valid UTF-8 that precedes it.</summary>
    private static (int Line, int Column) LineAndColumn(byte[] bytes, int start, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = start; i < offset; i++)
        {
            var value = bytes[i];
            if (value == (byte)'\n' || (value == (byte)'\r' && (i + 1 >= offset || bytes[i + 1] != (byte)'\n')))
            {
                line++;
                column = 1;
            }
            else if ((value & 0xC0) != 0x80 && value != (byte)'\r')
            {
                // Continuation bytes belong to the character their lead byte started.
                column++;
            }
        }

        return (line, column);
    }

    /// <summary>
    /// The file's JSON as plain values (objects, lists, strings, numbers, booleans, null); JSON that does
    /// not parse is unusable input with a message naming the file, line and column.
    /// </summary>
    public static async Task<object?> ReadJsonAsync(FileInfo file, string role, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(file, role, cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(text);
            return JsonValues.FromJsonElement(json.RootElement);
        }
        catch (JsonException error)
        {
            var where = error.LineNumber is { } line
                ? $"{file.FullName}:{line + 1}:{(error.BytePositionInLine ?? 0) + 1}"
                : file.FullName;
            throw new UnusableInputException($"{where}: the {role} file is not valid JSON: {error.Message}");
        }
    }

    /// <summary>Reads and builds a schema; a schema with errors is unusable and its errors are kept for the output.</summary>
    public static async Task<Schema> ReadSchemaAsync(FileInfo file, CancellationToken cancellationToken)
    {
        var sdl = await ReadTextAsync(file, "schema", cancellationToken);
        try
        {
            return DocumentRunner.BuildSchema(sdl);
        }
        catch (GraphQLException error)
        {
            throw new UnusableInputException(
                $"The schema in {file.FullName} does not build:{Environment.NewLine}{Located(file, error.Errors)}",
                error.Errors);
        }
    }

    /// <summary>One line per error, <c>file:line:column: message</c>, the form editors and terminals link.</summary>
    public static string Located(FileInfo file, IReadOnlyList<GraphQLError> errors)
    {
        var lines = new System.Text.StringBuilder();
        foreach (var error in errors)
        {
            lines.Append(file.FullName);
            if (error.Locations.Count > 0)
            {
                lines.Append(':').Append(error.Locations[0].Line).Append(':').Append(error.Locations[0].Column);
            }

            lines.Append(": ").Append(error.Message).AppendLine();
        }

        return lines.ToString().TrimEnd();
    }
}
