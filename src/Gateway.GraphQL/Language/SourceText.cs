using System.Buffers;
using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>
/// UTF-8 source handling shared by the lexer and the error paths: decoding one character, turning a byte
/// offset into the line and UTF-16 column graphql-js reports, and encoding a .NET string for the lexer.
/// </summary>
internal static class SourceText
{
    /// <summary>Marks a byte sequence that is not UTF-8 at all (as opposed to a surrogate code point).</summary>
    public const int InvalidUtf8 = -1;

    /// <summary>
    /// Decodes the character at <paramref name="position"/>. Returns the code point and its byte length;
    /// a surrogate written in generalized UTF-8 (ED A0..BF xx, which is how a lone UTF-16 surrogate in a
    /// .NET string reaches the lexer) comes back as the surrogate value so callers can reject it the way
    /// the spec asks (Spec 2.1.1 Source Text: "lone surrogates" are not SourceCharacter); anything else
    /// malformed is <see cref="InvalidUtf8"/> with length 1.
    /// </summary>
    public static int DecodeAt(ReadOnlySpan<byte> source, int position, out int length)
    {
        var first = source[position];
        if (first < 0x80)
        {
            length = 1;
            return first;
        }

        if (first == 0xED && position + 2 < source.Length && source[position + 1] >= 0xA0 && source[position + 1] <= 0xBF && (source[position + 2] & 0xC0) == 0x80)
        {
            length = 3;
            return 0xD000 | ((source[position + 1] & 0x3F) << 6) | (source[position + 2] & 0x3F);
        }

        if (Rune.DecodeFromUtf8(source[position..], out var rune, out var consumed) == OperationStatus.Done)
        {
            length = consumed;
            return rune.Value;
        }

        length = 1;
        return InvalidUtf8;
    }

    /// <summary>Whether a code point is a Unicode scalar value (Spec 2.1.1 SourceCharacter).</summary>
    public static bool IsScalarValue(int codePoint) =>
        (codePoint >= 0 && codePoint <= 0xD7FF) || (codePoint >= 0xE000 && codePoint <= 0x10FFFF);

    /// <summary>UTF-16 code units a UTF-8 byte contributes: 1 per lead byte, 2 for a 4-byte lead, 0 for continuations.</summary>
    public static int Utf16Units(byte b) => (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;

    /// <summary>Line and column (UTF-16 code units, like graphql-js) of a byte offset; only used on error paths.</summary>
    public static SourceLocation LocationOf(ReadOnlySpan<byte> source, int offset)
    {
        if (offset > source.Length)
        {
            offset = source.Length;
        }

        var line = 1;
        var column = 0;
        for (var i = 0; i < offset; i++)
        {
            var b = source[i];
            if (b == '\n')
            {
                line++;
                column = 0;
            }
            else if (b == '\r')
            {
                // Spec 2.1.3 Line Terminators: \r\n is one terminator.
                if (i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                column = 0;
            }
            else
            {
                column += Utf16Units(b);
            }
        }

        return new SourceLocation(line, column + 1);
    }

    /// <summary>
    /// How the reference implementation prints the character at a position in a message: <c>&lt;EOF&gt;</c>,
    /// a quoted printable ASCII character, or <c>U+XXXX</c>.
    /// </summary>
    public static string DescribeCharacterAt(ReadOnlySpan<byte> source, int position)
    {
        if (position >= source.Length)
        {
            return "<EOF>";
        }

        var codePoint = DecodeAt(source, position, out _);
        if (codePoint == InvalidUtf8)
        {
            return $"byte 0x{source[position]:X2} (invalid UTF-8)";
        }

        if (codePoint >= 0x20 && codePoint <= 0x7E)
        {
            return codePoint == '"' ? "'\"'" : $"\"{(char)codePoint}\"";
        }

        return $"U+{codePoint:X4}";
    }

    /// <summary>
    /// Text of the source from <paramref name="position"/> covering up to <paramref name="utf16Length"/>
    /// UTF-16 code units, as graphql-js slices it into escape-sequence messages.
    /// </summary>
    public static string Slice(ReadOnlySpan<byte> source, int position, int utf16Length)
    {
        var end = position;
        var units = 0;
        while (end < source.Length && units < utf16Length)
        {
            var codePoint = DecodeAt(source, end, out var length);
            units += codePoint > 0xFFFF ? 2 : 1;
            end += length;
        }

        return Encoding.UTF8.GetString(source[position..end]);
    }

    /// <summary>
    /// Encodes a .NET string as UTF-8 for the lexer into a pooled buffer. A lone surrogate is written in
    /// generalized UTF-8 rather than replaced with U+FFFD, so the lexer can report it by code point
    /// exactly as graphql-js does ("Invalid character: U+D800.").
    /// </summary>
    public static int Encode(string text, out byte[] buffer)
    {
        var chars = text.AsSpan();
        if (Ascii.IsValid(chars))
        {
            buffer = ArrayPool<byte>.Shared.Rent(Math.Max(chars.Length, 1));
            Ascii.FromUtf16(chars, buffer, out var written);
            return written;
        }

        // Up to three UTF-8 bytes per UTF-16 unit; refuse rather than overflow when even that bound cannot be allocated.
        if ((long)chars.Length * 3 > Array.MaxLength)
        {
            SyntaxErrors.ThrowAt(1, 1, "Document is too large to parse.");
        }

        buffer = ArrayPool<byte>.Shared.Rent(chars.Length * 3);
        var destination = buffer.AsSpan();
        var count = 0;
        var index = 0;
        while (index < chars.Length)
        {
            var status = Rune.DecodeFromUtf16(chars[index..], out var rune, out var consumed);
            if (status == OperationStatus.Done)
            {
                count += rune.EncodeToUtf8(destination[count..]);
            }
            else
            {
                int unit = chars[index];
                destination[count++] = (byte)(0xE0 | (unit >> 12));
                destination[count++] = (byte)(0x80 | ((unit >> 6) & 0x3F));
                destination[count++] = (byte)(0x80 | (unit & 0x3F));
                consumed = 1;
            }

            index += consumed;
        }

        return count;
    }
}
