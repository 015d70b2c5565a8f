using System.Globalization;

namespace Gateway.GraphQL.Linking;

/// <summary>A spec version <c>vMAJOR.MINOR</c> as it ends a feature URL (link spec v1.0, "Versioning").</summary>
public readonly record struct SpecVersion(int Major, int Minor) : IComparable<SpecVersion>
{
    public static SpecVersion? TryParse(string segment)
    {
        if (segment.Length < 4 || segment[0] != 'v')
        {
            return null;
        }

        var dot = segment.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0
            || !int.TryParse(segment.AsSpan(1, dot - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(segment.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return null;
        }

        return new SpecVersion(major, minor);
    }

    public int CompareTo(SpecVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(SpecVersion left, SpecVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(SpecVersion left, SpecVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(SpecVersion left, SpecVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SpecVersion left, SpecVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"v{Major}.{Minor}";
}
