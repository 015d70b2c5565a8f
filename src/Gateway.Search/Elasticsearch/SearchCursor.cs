using System.Buffers.Text;
using System.Text.Json;

namespace Gateway.Search.Elasticsearch;

/// <summary>
/// A page cursor: a hit's <c>sort</c> values (<c>[score, urn]</c>) as base64url, given back as <c>search_after</c> to
/// start the next page right after that hit (search_after needs a tiebreaker sort, the URN here, to be exact).
/// </summary>
internal static class SearchCursor
{
    public static string Encode(JsonElement sortValues) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(sortValues));

    /// <summary>The JSON array to send as <c>search_after</c>; a cursor this index did not hand out is refused.</summary>
    public static byte[] Decode(string cursor)
    {
        byte[] json;
        try
        {
            json = Base64Url.DecodeFromChars(cursor);
            using var values = JsonDocument.Parse(json);
            var root = values.RootElement;
            if (root.ValueKind == JsonValueKind.Array
                && root.GetArrayLength() == 2
                && root[0].ValueKind == JsonValueKind.Number
                && root[1].ValueKind == JsonValueKind.String)
            {
                return json;
            }
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
        }

        throw new ArgumentException($"'after' is not a cursor of a search: pass the cursor of a hit (or pageInfo.endCursor) from the previous page.", "after");
    }
}
