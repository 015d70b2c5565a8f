using System.Buffers.Binary;
using System.Text;

namespace Gateway.Search.Embedded;

/// <summary>
/// A keyset cursor: the score and URN of a hit, base64url text. The next page starts after it
/// (<c>score &lt; @score OR score = @score AND urn &gt; @urn</c>), so paging stays exact and cheap at any depth:
/// no offset to skip, nothing shown twice or missed while results keep their scores. The score travels as its exact
/// bits, as the index computes it again for the next page.
/// </summary>
internal sealed record SearchCursor(double Score, string Urn)
{
    private const int MaxLength = 512;

    public string Encode()
    {
        var urn = Encoding.UTF8.GetBytes(Urn);
        var bytes = new byte[8 + urn.Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, BitConverter.DoubleToInt64Bits(Score));
        urn.CopyTo(bytes, 8);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The cursor, or an <see cref="ArgumentException"/> saying the text is not one.</summary>
    public static SearchCursor Decode(string text)
    {
        if (text.Length is 0 or > MaxLength)
        {
            throw NotACursor();
        }

        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var length) || length < 9)
        {
            throw NotACursor();
        }

        var score = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64BigEndian(bytes));
        if (!double.IsFinite(score))
        {
            throw NotACursor();
        }

        try
        {
            return new SearchCursor(score, new UTF8Encoding(false, true).GetString(bytes, 8, length - 8));
        }
        catch (DecoderFallbackException)
        {
            throw NotACursor();
        }
    }

    private static ArgumentException NotACursor() =>
        new("'after' is not a cursor of a search: pass the cursor of a hit (or pageInfo.endCursor) from the previous page.", "after");
}
