using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Gateway.Catalog.Documents.Profile;

/// <summary>
/// A property's mask as written in its <c>mask</c> custom property: a name, with a positive whole argument
/// for the three that take one, e.g. <c>redact</c>, <c>showLast(4)</c>, <c>numericRange(10)</c>.
/// </summary>
public sealed record MaskSpec(MaskFunction Function, int? Argument)
{
    private static readonly (string Name, MaskFunction Function, bool TakesArgument)[] Forms =
    [
        ("redact", MaskFunction.Redact, false),
        ("nullify", MaskFunction.Nullify, false),
        ("showFirst", MaskFunction.ShowFirst, true),
        ("showLast", MaskFunction.ShowLast, true),
        ("email", MaskFunction.Email, false),
        ("keyedHash", MaskFunction.KeyedHash, false),
        ("dateToYear", MaskFunction.DateToYear, false),
        ("numericRange", MaskFunction.NumericRange, true),
    ];

    /// <summary>The written forms, for messages.</summary>
    public const string Syntax = "redact, nullify, showFirst(N), showLast(N), email, keyedHash, dateToYear, numericRange(N)";

    public override string ToString()
    {
        foreach (var form in Forms)
        {
            if (form.Function == Function)
            {
                return Argument is { } argument ? $"{form.Name}({argument.ToString(CultureInfo.InvariantCulture)})" : form.Name;
            }
        }

        return Function.ToString();
    }

    public static MaskSpec Parse(string text) =>
        TryParse(text, out var mask) ? mask : throw new FormatException($"'{text}' is not a mask; write one of {Syntax}.");

    public static bool TryParse(string text, [NotNullWhen(true)] out MaskSpec? mask)
    {
        mask = null;
        var open = text.IndexOf('(');
        var name = open < 0 ? text : text[..open];
        int? argument = null;
        if (open >= 0)
        {
            // 1 to 999,999,999 without leading zeros, as the profile's JSON Schema pattern says.
            var digits = text.EndsWith(')') ? text.AsSpan(open + 1, text.Length - open - 2) : [];
            if (digits.Length is 0 or > 9
                || digits[0] == '0'
                || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            argument = value;
        }

        foreach (var form in Forms)
        {
            if (form.Name == name && form.TakesArgument == argument.HasValue)
            {
                mask = new MaskSpec(form.Function, argument);
                return true;
            }
        }

        return false;
    }
}
