using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gateway.Security.Jose;

/// <summary>How JOSE headers, claims and key sets are written.</summary>
public static class JoseJson
{
    /// <summary>
    /// The default encoder would write "at+jwt" as "at\u002Bjwt": valid JSON, but peers compare "typ" after
    /// decoding and readers of tokens expect the plain form. These documents are never embedded in HTML, so the
    /// HTML-sensitive escaping is not needed.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="values"/> as a JSON array of strings named <paramref name="name"/>.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }

        writer.WriteEndArray();
    }
}
