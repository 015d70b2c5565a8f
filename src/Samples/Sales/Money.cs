using System.Globalization;

namespace Gateway.Samples.Sales;

/// <summary>
/// An amount of money as served: the decimal amount as text with two decimals (exact, unlike a float) and
/// its ISO 4217 currency. The system of record holds integer cents.
/// </summary>
public sealed record Money(string Amount, string Currency)
{
    public static Money FromCents(long cents, string currency) =>
        new((cents / 100m).ToString("0.00", CultureInfo.InvariantCulture), currency);
}
