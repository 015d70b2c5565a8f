using System.Diagnostics.CodeAnalysis;

namespace Gateway.Catalog.Documents.Profile;

/// <summary>
/// A data product's identity, <c>urn:dp:&lt;domain&gt;:&lt;name&gt;</c> (RFC 8141 syntax, our namespace <c>dp</c>),
/// each part lower-case letters, digits and hyphens, starting with a letter.
/// </summary>
public sealed record ProductUrn(string Domain, string Name)
{
    public const string Prefix = "urn:dp:";

    public override string ToString() => $"{Prefix}{Domain}:{Name}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out ProductUrn? urn)
    {
        urn = null;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        if (colon < 0 || !IsPart(rest[..colon]) || !IsPart(rest[(colon + 1)..]))
        {
            return false;
        }

        urn = new ProductUrn(rest[..colon].ToString(), rest[(colon + 1)..].ToString());
        return true;
    }

    public static ProductUrn Parse(string text) =>
        TryParse(text, out var urn) ? urn : throw new FormatException($"'{text}' is not a product URN of the form urn:dp:<domain>:<name>.");

    /// <summary>A URN part: a lower-case slug, 1 to 63 characters.</summary>
    public static bool IsPart(ReadOnlySpan<char> part) =>
        part.Length is > 0 and <= 63
        && char.IsAsciiLetterLower(part[0])
        && part.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789-") < 0
        && part[^1] != '-';
}
