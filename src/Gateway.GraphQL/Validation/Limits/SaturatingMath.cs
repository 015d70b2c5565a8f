namespace Gateway.GraphQL.Validation.Limits;

/// <summary>
/// Arithmetic on non-negative measures that sticks at <see cref="long.MaxValue"/> instead of wrapping:
/// a hostile document can multiply list sizes past any integer, and a wrapped cost would look small.
/// </summary>
internal static class SaturatingMath
{
    public static long Add(long left, long right) =>
        left > long.MaxValue - right ? long.MaxValue : left + right;

    public static long Multiply(long left, long right)
    {
        if (left == 0 || right == 0)
        {
            return 0;
        }

        return left > long.MaxValue / right ? long.MaxValue : left * right;
    }
}
