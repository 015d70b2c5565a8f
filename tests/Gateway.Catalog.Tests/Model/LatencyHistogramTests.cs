using Gateway.Catalog.Model;

namespace Gateway.Catalog.Tests.Model;

public sealed class LatencyHistogramTests
{
    [Theory]
    [InlineData(0.2, 0)]
    [InlineData(1, 0)]
    [InlineData(1.01, 1)]
    [InlineData(9.9, 5)]
    [InlineData(10_000, 20)]
    [InlineData(60_000, 21)]
    public void A_duration_falls_in_the_first_bucket_whose_bound_holds_it(double milliseconds, int bucket) =>
        Assert.Equal(bucket, LatencyHistogram.BucketOf(milliseconds));

    [Fact]
    public void Percentiles_interpolate_within_the_bucket_that_holds_them()
    {
        var counts = new long[LatencyHistogram.BucketCount];
        counts[5] = 50; // (7.5, 10] ms
        counts[9] = 50; // (30, 50] ms

        Assert.Equal(10, LatencyHistogram.Percentile(counts, 0.5));
        Assert.Equal(48, LatencyHistogram.Percentile(counts, 0.95)!.Value, precision: 9);
        Assert.Equal(8.75, LatencyHistogram.Percentile(counts, 0.25)!.Value, precision: 9);
    }

    [Fact]
    public void A_percentile_in_the_unbounded_bucket_reads_as_its_lower_bound()
    {
        var counts = new long[LatencyHistogram.BucketCount];
        counts[21] = 3;

        Assert.Equal(10_000, LatencyHistogram.Percentile(counts, 0.99));
    }

    [Fact]
    public void Nothing_counted_has_no_percentile() =>
        Assert.Null(LatencyHistogram.Percentile(new long[LatencyHistogram.BucketCount], 0.5));
}
