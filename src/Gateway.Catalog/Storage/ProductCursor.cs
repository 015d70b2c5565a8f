using System.Buffers.Text;
using System.Text;

namespace Gateway.Catalog.Storage;

/// <summary>
/// An opaque keyset cursor: the sort it belongs to, the last item's sort key and URN, base64url-encoded.
/// A cursor from another sort, or one edited by hand, is refused rather than silently misread.
/// </summary>
internal readonly record struct ProductCursor(string Key, string Urn)
{
    private const char Separator = '\u001f';

    public static string Encode(ProductSort sort, string key, string urn) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{(int)sort}{Separator}{key}{Separator}{urn}"));

    public static ProductCursor Decode(string cursor, ProductSort sort)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(Separator);
            if (parts.Length == 3 && parts[0] == ((int)sort).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return new ProductCursor(parts[1], parts[2]);
            }
        }
        catch (FormatException)
        {
        }

        throw new ArgumentException("The cursor does not belong to this listing; start again without one.", nameof(cursor));
    }
}
