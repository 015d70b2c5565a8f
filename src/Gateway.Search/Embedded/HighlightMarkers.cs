using System.Net;
using System.Text;

namespace Gateway.Search.Embedded;

/// <summary>
/// The index marks matches with two control characters the catalog's text cannot hold (they are replaced when a
/// product is indexed); a fragment is then HTML-encoded and the marks become <c>&lt;em&gt;</c>, so a description
/// holding markup is shown as text, never run by a catalog UI that renders fragments as HTML.
/// </summary>
internal static class HighlightMarkers
{
    public const char Open = '\u0002';

    public const char Close = '\u0003';

    public const string OpenText = "\u0002";

    public const string CloseText = "\u0003";

    public static bool HasMatch(string? marked) => marked is not null && marked.Contains(Open, StringComparison.Ordinal);

    /// <summary>The fragment as HTML: the text encoded, matches in <c>&lt;em&gt;</c>.</summary>
    public static string ToHtml(string marked)
    {
        var builder = new StringBuilder(marked.Length + 16);
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] is not (Open or Close))
            {
                continue;
            }

            builder.Append(WebUtility.HtmlEncode(marked[start..i]));
            if (i < marked.Length)
            {
                builder.Append(marked[i] == Open ? "<em>" : "</em>");
            }

            start = i + 1;
        }

        return builder.ToString();
    }

    /// <summary>The text without marks.</summary>
    public static string Strip(string marked) => marked.Replace(OpenText, "", StringComparison.Ordinal).Replace(CloseText, "", StringComparison.Ordinal);
}
