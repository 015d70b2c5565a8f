using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Changes;

/// <summary>
/// Orders masks by how much of the value they reveal: nullify reveals nothing; redact keeps the length and
/// punctuation and a keyed hash keeps equality; the rest keep part of the value (first or last characters, the
/// email's first letter and domain, the year, the range). Within one function the argument orders them:
/// showing more characters, or a narrower numeric range, reveals more.
/// </summary>
internal static class MaskStrength
{
    /// <summary>Negative when <paramref name="candidate"/> reveals more than <paramref name="published"/>, positive when less, 0 when not comparable.</summary>
    public static int Compare(MaskSpec published, MaskSpec candidate)
    {
        if (published.Function == candidate.Function)
        {
            var from = published.Argument ?? 0;
            var to = candidate.Argument ?? 0;
            return published.Function switch
            {
                MaskFunction.ShowFirst or MaskFunction.ShowLast => from.CompareTo(to),
                MaskFunction.NumericRange => to.CompareTo(from),
                _ => 0,
            };
        }

        return Reveals(published.Function).CompareTo(Reveals(candidate.Function));
    }

    private static int Reveals(MaskFunction function) => function switch
    {
        MaskFunction.Nullify => 0,
        MaskFunction.Redact or MaskFunction.KeyedHash => 1,
        _ => 2,
    };
}
