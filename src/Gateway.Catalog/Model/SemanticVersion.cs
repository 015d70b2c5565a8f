using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Gateway.Catalog.Model;

/// <summary>
/// A product or contract version, <c>MAJOR.MINOR.PATCH</c> with an optional pre-release
/// (Semantic Versioning 2.0.0, items 2 and 9; build metadata is not accepted, since it does not order).
/// </summary>
public readonly record struct SemanticVersion(int Major, int Minor, int Patch, string? PreRelease = null) : IComparable<SemanticVersion>
{
    public override string ToString() =>
        PreRelease is null ? $"{Major}.{Minor}.{Patch}" : $"{Major}.{Minor}.{Patch}-{PreRelease}";

    public static SemanticVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a semantic version MAJOR.MINOR.PATCH.");

    public static bool TryParse([NotNullWhen(true)] string? text, out SemanticVersion version)
    {
        version = default;
        if (text is null)
        {
            return false;
        }

        var dash = text.IndexOf('-');
        var core = dash < 0 ? text.AsSpan() : text.AsSpan(0, dash);
        var preRelease = dash < 0 ? null : text[(dash + 1)..];
        if (preRelease is not null && (preRelease.Length == 0 || preRelease.AsSpan().IndexOfAnyExcept("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-.") >= 0))
        {
            return false;
        }

        Span<Range> parts = stackalloc Range[4];
        if (core.Split(parts, '.') != 3
            || !TryNumber(core[parts[0]], out var major)
            || !TryNumber(core[parts[1]], out var minor)
            || !TryNumber(core[parts[2]], out var patch))
        {
            return false;
        }

        version = new SemanticVersion(major, minor, patch, preRelease);
        return true;
    }

    /// <summary>SemVer 11: numbers compare numerically; a pre-release orders before its release.</summary>
    public int CompareTo(SemanticVersion other)
    {
        var result = Major.CompareTo(other.Major);
        if (result == 0)
        {
            result = Minor.CompareTo(other.Minor);
        }

        if (result == 0)
        {
            result = Patch.CompareTo(other.Patch);
        }

        if (result != 0)
        {
            return result;
        }

        return (PreRelease, other.PreRelease) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(PreRelease, other.PreRelease),
        };
    }

    public static bool operator <(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) >= 0;

    // SemVer 2: non-negative integers without leading zeroes.
    private static bool TryNumber(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        return text.Length > 0
            && !(text.Length > 1 && text[0] == '0')
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
