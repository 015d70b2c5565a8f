using Gateway.GraphQL.Linking;

namespace Gateway.GraphQL.Tests.Linking;

public sealed class SpecVersionTests
{
    [Theory]
    [InlineData("v0.5", 0, 5)]
    [InlineData("v2.12", 2, 12)]
    [InlineData("v10.0", 10, 0)]
    public void A_version_segment_reads_major_and_minor(string segment, int major, int minor)
    {
        Assert.Equal(new SpecVersion(major, minor), SpecVersion.TryParse(segment));
    }

    [Theory]
    [InlineData("2.3")]
    [InlineData("v2")]
    [InlineData("v2.")]
    [InlineData("v.3")]
    [InlineData("v2.3.1")]
    [InlineData("v-1.0")]
    [InlineData("federation")]
    public void Other_segments_are_not_versions(string segment)
    {
        Assert.Null(SpecVersion.TryParse(segment));
    }

    [Fact]
    public void Versions_order_by_major_then_minor()
    {
        Assert.True(new SpecVersion(2, 10) > new SpecVersion(2, 9));
        Assert.True(new SpecVersion(1, 12) < new SpecVersion(2, 0));
        Assert.Equal("v0.5", new SpecVersion(0, 5).ToString());
    }
}
