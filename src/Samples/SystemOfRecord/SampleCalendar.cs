using System.Globalization;

namespace Gateway.Samples.SystemOfRecord;

/// <summary>
/// The fixed "today" of the sample data, so generated dates do not depend on when they are generated, and
/// the text forms dates and instants are stored and served in (ISO 8601, UTC).
/// </summary>
public static class SampleCalendar
{
    /// <summary>The instant the sample data is generated "at".</summary>
    public static DateTime Today { get; } = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>An ISO 8601 calendar date, <c>2025-03-14</c>.</summary>
    public static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An ISO 8601 UTC instant to the second, <c>2025-03-14T09:26:53Z</c>; sorts as text in time order.</summary>
    public static string Instant(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
