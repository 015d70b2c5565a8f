using System.Globalization;

namespace Gateway.Samples.Tests;

/// <summary>Integer cents as the gateway serves amounts: exact decimal text with two decimals.</summary>
internal static class Cents
{
    public static string AsAmount(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    public static long FromAmount(string amount) => (long)(decimal.Parse(amount, CultureInfo.InvariantCulture) * 100);
}
