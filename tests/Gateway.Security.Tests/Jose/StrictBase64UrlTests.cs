using Gateway.Security.Jose;

namespace Gateway.Security.Tests.Jose;

public sealed class StrictBase64UrlTests
{
    [Theory]
    [InlineData("", new byte[0])]
    [InlineData("QQ", new byte[] { 0x41 })]
    [InlineData("-_8", new byte[] { 0xFB, 0xFF })]
    public void Canonical_unpadded_text_decodes(string text, byte[] expected)
    {
        Assert.Equal(expected, StrictBase64Url.TryDecode(text));
        Assert.Equal(text, StrictBase64Url.Encode(expected));
    }

    [Theory]
    [InlineData("QQ==")]
    [InlineData("QR")]
    [InlineData("Q")]
    [InlineData("+/8")]
    [InlineData("QQ\n")]
    public void Padding_other_alphabets_and_non_canonical_bits_are_refused(string text)
    {
        Assert.Null(StrictBase64Url.TryDecode(text));
    }
}
