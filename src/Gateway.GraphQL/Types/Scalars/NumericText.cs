using System.Globalization;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>
/// JavaScript's <c>Number(text)</c> for the numeric strings graphql-js accepts when serializing Int and
/// Float (a non-empty string that converts to a finite number).
/// </summary>
internal static class NumericText
{
    public static bool TryParse(string text, out double number)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            number = 0;
            return false;
        }

        if (trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && long.TryParse(trimmed.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            number = hex;
            return true;
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
    }
}
