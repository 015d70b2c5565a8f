namespace Gateway.Search.Embedded;

/// <summary>
/// What multiplies a product's text relevance: popular products first (the logarithm of usage, so ten times the
/// queries is a steady step, not a landslide), good quality before poor, deprecated products well down (still found,
/// for their consumers planning a move), retired ones further still when asked for at all.
/// </summary>
internal static class RankingBoost
{
    public const double Deprecated = 0.4;

    public const double Retired = 0.1;

    public static double Of(double usage, double? quality, string status)
    {
        var popularity = 1 + 0.15 * Math.Log10(1 + Math.Max(0, usage));

        // No measured quality counts as middling, neither rewarded nor punished against products with results.
        var measured = 0.75 + 0.25 * Math.Clamp(quality ?? 0.8, 0, 1);
        var lifecycle = status switch
        {
            "deprecated" => Deprecated,
            "retired" => Retired,
            _ => 1.0,
        };
        return popularity * measured * lifecycle;
    }
}
