namespace Gateway.Samples.SystemOfRecord;

/// <summary>
/// A window of a list field's rows (<c>limit</c>/<c>offset</c> arguments), bounded so that no request reads
/// a system of record whole: <c>limit</c> is at most <see cref="MaxLimit"/>.
/// </summary>
public readonly record struct Page(int Limit, int Offset)
{
    public const int MaxLimit = 100;

    /// <summary>The page the arguments ask for, clamped to 0..<see cref="MaxLimit"/> rows from a non-negative offset.</summary>
    public static Page Of(int? limit, int? offset) =>
        new(Math.Clamp(limit ?? 20, 0, MaxLimit), Math.Max(offset ?? 0, 0));

    /// <summary>A name for the page, to keep the data loaders of different pages apart within a request.</summary>
    public override string ToString() => $"{Limit}@{Offset}";
}
