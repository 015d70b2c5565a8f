using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;
using Gateway.Catalog.Documents.Profile;

namespace Gateway.Security.Masking;

/// <summary>
/// The masks of the contract profile as pure functions on one value (the research note's table 2.8, after
/// Apache Ranger's Hive mask types and PostgreSQL Anonymizer's partial functions). Text masks keep the length
/// and the punctuation so the value still reads as what it is; each returns a value of the input's kind.
/// </summary>
public static class ValueMasks
{
    /// <summary>Ranger's <c>MASK</c>: upper-case letters become X, other letters x, digits 0; everything else is kept.</summary>
    public static string Redact(string value) => RedactRange(value, 0, value.Length);

    /// <summary>
    /// Ranger's <c>MASK_SHOW_FIRST_4</c> for any N: the first <paramref name="count"/> characters kept, the rest
    /// redacted. Unlike Ranger, a value no longer than N is redacted whole: showing all of it would be no mask.
    /// </summary>
    public static string ShowFirst(string value, int count) =>
        value.Length <= count ? Redact(value) : RedactRange(value, count, value.Length);

    /// <summary>
    /// Ranger's <c>MASK_SHOW_LAST_4</c> for any N: the last <paramref name="count"/> characters kept, the rest
    /// redacted; a value no longer than N is redacted whole.
    /// </summary>
    public static string ShowLast(string value, int count) =>
        value.Length <= count ? Redact(value) : RedactRange(value, 0, value.Length - count);

    /// <summary>
    /// An e-mail address with its domain kept (so consumers can still count by provider) and its local part
    /// reduced to the first character and three stars, which hides the local part's length too:
    /// <c>maria.santos@example.com</c> becomes <c>m***@example.com</c>. Text without an <c>@</c> is redacted.
    /// </summary>
    public static string Email(string value)
    {
        var at = value.LastIndexOf('@');
        if (at <= 0)
        {
            return Redact(value);
        }

        return string.Concat(value.AsSpan(0, 1), "***", value.AsSpan(at));
    }

    /// <summary>The keyed hash of the text: base64url (RFC 4648 section 5, no padding) of its HMAC-SHA-256, 43 characters.</summary>
    public static string KeyedHash(string value, MaskingKey key) => key.Pseudonym(value, static (text, key) =>
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        key.Hash(text, hash);
        return Base64Url.EncodeToString(hash);
    });

    /// <summary>
    /// The keyed hash of the text as a non-negative 31-bit whole number, for Int fields: equal inputs still give
    /// equal outputs, so joins on the field keep working.
    /// </summary>
    public static long KeyedHashNumber(string value, MaskingKey key)
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        key.Hash(value, hash);
        return (long)(BitConverter.ToUInt32(hash) & int.MaxValue);
    }

    /// <summary>
    /// An ISO 8601 date or date-time (RFC 3339 full-date at the start) generalised to 1 January of its year at
    /// midnight, in the same format (Ranger's <c>MASK_DATE_SHOW_YEAR</c>): <c>1990-05-17</c> becomes
    /// <c>1990-01-01</c>, <c>1990-05-17T10:20:30Z</c> becomes <c>1990-01-01T00:00:00Z</c>. False when the text
    /// does not start with a full date.
    /// </summary>
    public static bool TryDateToYear(string value, out string masked)
    {
        masked = value;
        if (value.Length < 10 || value[4] != '-' || value[7] != '-'
            || !IsDigits(value.AsSpan(0, 4)) || !IsDigits(value.AsSpan(5, 2)) || !IsDigits(value.AsSpan(8, 2)))
        {
            return false;
        }

        masked = string.Create(value.Length, value, static (output, input) =>
        {
            input.AsSpan().CopyTo(output);
            output[5] = '0';
            output[6] = '1';
            output[8] = '0';
            output[9] = '1';

            // The time of day and any fraction or offset: every digit to zero (an offset becomes +00:00, which
            // cannot move the date out of its year because the date is already 1 January).
            for (var i = 10; i < output.Length; i++)
            {
                if (char.IsAsciiDigit(output[i]))
                {
                    output[i] = '0';
                }
            }
        });
        return true;
    }

    /// <summary>The lower bound of the range of width <paramref name="width"/> holding <paramref name="value"/> (PostgreSQL Anonymizer's <c>generalize_int4range</c>, keeping the type).</summary>
    public static long NumericRangeLowerBound(long value, int width) =>
        (long)Math.Floor(value / (double)width) * width;

    /// <inheritdoc cref="NumericRangeLowerBound(long, int)"/>
    public static double NumericRangeLowerBound(double value, int width) =>
        Math.Floor(value / width) * width;

    /// <summary>
    /// A number written as text generalised to its range, written <c>lower-upper</c> (both ends included for a
    /// width of whole numbers): 12 with width 10 becomes <c>10-19</c>. False when the text is not a number.
    /// </summary>
    public static bool TryNumericRangeText(string value, int width, out string masked)
    {
        masked = value;
        if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var lower = decimal.Floor(number / width) * width;
        masked = string.Concat(
            lower.ToString(CultureInfo.InvariantCulture), "-", (lower + width - 1).ToString(CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>
    /// Writes the UTF-8 of what <see cref="Redact"/>, <see cref="ShowFirst"/>, <see cref="ShowLast"/> or
    /// <see cref="Email"/> (<paramref name="function"/>, with <paramref name="count"/> for the first two) return
    /// for <paramref name="text"/> into <paramref name="destination"/> (at least three bytes longer than the
    /// text), for the response writer: no masked string is built. False when the text is not all ASCII: the
    /// Unicode rules then apply through the string masks.
    /// </summary>
    internal static bool TryMaskAscii(MaskFunction function, int count, ReadOnlySpan<char> text, Span<byte> destination, out int written)
    {
        written = 0;
        var start = 0;
        var end = text.Length;
        switch (function)
        {
            case MaskFunction.ShowFirst when text.Length > count:
                start = count;
                break;
            case MaskFunction.ShowLast when text.Length > count:
                end = text.Length - count;
                break;
            case MaskFunction.Email when text.LastIndexOf('@') is var at && at > 0:
                // The first character, three stars, and the domain from the '@' on: the rest is never read.
                if (!char.IsAscii(text[0]) || Ascii.FromUtf16(text[at..], destination[4..], out var domain) != OperationStatus.Done)
                {
                    return false;
                }

                destination[0] = (byte)text[0];
                "***"u8.CopyTo(destination[1..]);
                written = 4 + domain;
                return true;
        }

        if (Ascii.FromUtf16(text[..start], destination, out _) != OperationStatus.Done
            || !TryRedactAscii(text[start..end], destination[start..])
            || Ascii.FromUtf16(text[end..], destination[end..], out _) != OperationStatus.Done)
        {
            return false;
        }

        written = text.Length;
        return true;
    }

    private static string RedactRange(string value, int start, int end)
    {
        if (start >= end)
        {
            return value;
        }

        return string.Create(value.Length, (value, start, end), static (output, state) =>
        {
            var input = state.value.AsSpan();
            input[..state.start].CopyTo(output);
            input[state.end..].CopyTo(output[state.end..]);
            Redact(input[state.start..state.end], output[state.start..state.end]);
        });
    }

    /// <summary>
    /// Writes the redaction of <paramref name="input"/> into <paramref name="output"/> (the same length). Masked
    /// text is mostly ASCII, where the rule reduces to three ranges, so blocks of ASCII go through a vector
    /// compare; a block holding anything else is redacted character by character with the Unicode categories.
    /// </summary>
    private static void Redact(ReadOnlySpan<char> input, Span<char> output)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var source = MemoryMarshal.Cast<char, ushort>(input);
            var target = MemoryMarshal.Cast<char, ushort>(output);
            var nonAscii = Vector128.Create((ushort)0xFF80);
            var digitMark = Vector128.Create((ushort)'0');
            var upperMark = Vector128.Create((ushort)'X');
            var lowerMark = Vector128.Create((ushort)'x');
            for (; i <= input.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var block = Vector128.Create(source.Slice(i, Vector128<ushort>.Count));
                if ((block & nonAscii) != Vector128<ushort>.Zero)
                {
                    RedactScalar(input.Slice(i, Vector128<ushort>.Count), output.Slice(i, Vector128<ushort>.Count));
                    continue;
                }

                // Unsigned range checks: c - low <= high - low.
                var digit = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                var upper = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'A'), Vector128.Create((ushort)25));
                var lower = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25));
                var masked = Vector128.ConditionalSelect(digit, digitMark, Vector128.ConditionalSelect(upper, upperMark, Vector128.ConditionalSelect(lower, lowerMark, block)));
                masked.CopyTo(target[i..]);
            }
        }

        RedactScalar(input[i..], output[i..]);
    }

    /// <summary>
    /// The rule of <see cref="Redact(ReadOnlySpan{char}, Span{char})"/> on ASCII text, written as its UTF-8 bytes in
    /// the same pass (sixteen characters narrowed and redacted at a time). False at the first non-ASCII character.
    /// </summary>
    private static bool TryRedactAscii(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<byte>.Count)
        {
            var source = MemoryMarshal.Cast<char, ushort>(text);
            for (; i <= text.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                if (!TryRedactAsciiBlock(source[i..], destination[i..]))
                {
                    return false;
                }
            }

            // The last characters as one more block ending at the end, overlapping the one before: each output
            // byte depends on its own character only, so the overlap is written twice with the same bytes.
            return i == text.Length || TryRedactAsciiBlock(source[^Vector128<byte>.Count..], destination[(text.Length - Vector128<byte>.Count)..]);
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsAscii(c))
            {
                return false;
            }

            destination[i] = c switch
            {
                >= '0' and <= '9' => (byte)'0',
                >= 'A' and <= 'Z' => (byte)'X',
                >= 'a' and <= 'z' => (byte)'x',
                _ => (byte)c,
            };
        }

        return true;
    }

    /// <summary>Sixteen characters of <see cref="TryRedactAscii"/>.</summary>
    private static bool TryRedactAsciiBlock(ReadOnlySpan<ushort> source, Span<byte> destination)
    {
        var low = Vector128.Create(source[..Vector128<ushort>.Count]);
        var high = Vector128.Create(source.Slice(Vector128<ushort>.Count, Vector128<ushort>.Count));
        if (((low | high) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            return false;
        }

        var block = Vector128.Narrow(low, high);
        var digit = Vector128.LessThanOrEqual(block - Vector128.Create((byte)'0'), Vector128.Create((byte)9));
        var upper = Vector128.LessThanOrEqual(block - Vector128.Create((byte)'A'), Vector128.Create((byte)25));
        var lower = Vector128.LessThanOrEqual(block - Vector128.Create((byte)'a'), Vector128.Create((byte)25));
        var masked = Vector128.ConditionalSelect(
            digit, Vector128.Create((byte)'0'), Vector128.ConditionalSelect(upper, Vector128.Create((byte)'X'), Vector128.ConditionalSelect(lower, Vector128.Create((byte)'x'), block)));
        masked.CopyTo(destination);
        return true;
    }

    private static void RedactScalar(ReadOnlySpan<char> input, Span<char> output)
    {
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsDigit(c))
            {
                output[i] = '0';
            }
            else if (char.IsUpper(c))
            {
                output[i] = 'X';
            }
            else if (char.IsLetter(c) || char.IsSurrogate(c))
            {
                // A letter outside the Basic Multilingual Plane is two surrogates: both are hidden.
                output[i] = 'x';
            }
            else
            {
                output[i] = c;
            }
        }
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
