using Gateway.Security.Masking;

namespace Gateway.Security.Tests.Masking;

public sealed class ValueMasksTests
{
    private static readonly MaskingKey Key = MaskingKey.FromBytes(new byte[32]);

    [Theory]
    [InlineData("Maria Santos", "Xxxxx Xxxxxx")]
    [InlineData("+1 (555) 010-9999", "+0 (000) 000-0000")]
    [InlineData("Ærø 42", "Xxx 00")]
    [InlineData("", "")]
    public void Redact_replaces_letters_and_digits_and_keeps_length_and_punctuation(string value, string expected) =>
        Assert.Equal(expected, ValueMasks.Redact(value));

    [Fact]
    public void Redact_hides_letters_outside_the_basic_plane()
    {
        var masked = ValueMasks.Redact("a\U0001D400b");
        Assert.Equal("xxxx", masked);
    }

    [Fact]
    public void Redact_treats_every_character_by_its_unicode_category_wherever_it_stands_in_the_text()
    {
        // Each character at each offset of a 17-character run of ASCII letters, so it lands in every lane of a
        // vector block and in the scalar tail, with ASCII neighbours on both sides.
        var text = new char[17];
        var expected = new char[17];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var position = c % text.Length;
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = i == position ? (char)c : (char)('a' + i);
                expected[i] = i == position ? ExpectedRedaction((char)c) : 'x';
            }

            Assert.Equal(new string(expected), ValueMasks.Redact(new string(text)));
        }
    }

    [Fact]
    public void ShowFirst_and_ShowLast_keep_the_shown_part_verbatim_across_vector_blocks()
    {
        const string value = "Review 1 of product 1000: sturdy, arrived on time, and does what the description says. Über gut!";

        Assert.Equal(
            "Review 1 of xxxxxxx 0000: xxxxxx, xxxxxxx xx xxxx, xxx xxxx xxxx xxx xxxxxxxxxxx xxxx. Xxxx xxx!",
            ValueMasks.ShowFirst(value, 12));
        Assert.Equal(
            "Xxxxxx 0 xx xxxxxxx 0000: xxxxxx, xxxxxxx xx xxxx, xxx xxxx xxxx xxx xxxxxxxxxxx says. Über gut!",
            ValueMasks.ShowLast(value, 16));
    }

    private static char ExpectedRedaction(char c) =>
        char.IsDigit(c) ? '0' : char.IsUpper(c) ? 'X' : char.IsLetter(c) || char.IsSurrogate(c) ? 'x' : c;

    [Theory]
    [InlineData("4111-1111-1111-1234", 4, "0000-0000-0000-1234")]
    [InlineData("abcdef", 0, "xxxxxx")]
    public void ShowLast_keeps_the_last_characters_only(string value, int count, string expected) =>
        Assert.Equal(expected, ValueMasks.ShowLast(value, count));

    [Theory]
    [InlineData("4111-1111-1111-1234", 4, "4111-0000-0000-0000")]
    public void ShowFirst_keeps_the_first_characters_only(string value, int count, string expected) =>
        Assert.Equal(expected, ValueMasks.ShowFirst(value, count));

    [Theory]
    [InlineData("1234", 4)]
    [InlineData("ab", 4)]
    public void A_value_no_longer_than_what_would_be_shown_is_redacted_whole(string value, int count)
    {
        Assert.Equal(ValueMasks.Redact(value), ValueMasks.ShowFirst(value, count));
        Assert.Equal(ValueMasks.Redact(value), ValueMasks.ShowLast(value, count));
    }

    [Theory]
    [InlineData("maria.santos@example.com", "m***@example.com")]
    [InlineData("a@b.org", "a***@b.org")]
    [InlineData("not an address", "xxx xx xxxxxxx")]
    [InlineData("@example.com", "@xxxxxxx.xxx")]
    public void Email_keeps_the_domain_and_hides_the_local_part_and_its_length(string value, string expected) =>
        Assert.Equal(expected, ValueMasks.Email(value));

    [Fact]
    public void KeyedHash_is_stable_per_key_and_differs_between_keys_and_values()
    {
        var other = MaskingKey.FromBytes(Enumerable.Repeat((byte)7, 32).ToArray());
        var first = ValueMasks.KeyedHash("maria.santos@example.com", Key);

        Assert.Equal(first, ValueMasks.KeyedHash("maria.santos@example.com", Key));
        Assert.NotEqual(first, ValueMasks.KeyedHash("maria.santos@example.com", other));
        Assert.NotEqual(first, ValueMasks.KeyedHash("maria.santos@example.org", Key));
        Assert.Equal(43, first.Length);
        Assert.DoesNotContain("maria", first, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyedHash_is_the_rfc_4231_hmac_sha_256()
    {
        // RFC 4231 test case 2 needs a 4-byte key, below our minimum; HMAC over a 32-byte key is checked against
        // the platform's implementation instead, which is tested against RFC 4231.
        var keyBytes = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var expected = System.Buffers.Text.Base64Url.EncodeToString(
            System.Security.Cryptography.HMACSHA256.HashData(keyBytes, "what do ya want for nothing?"u8));

        Assert.Equal(expected, ValueMasks.KeyedHash("what do ya want for nothing?", MaskingKey.FromBytes(keyBytes)));
    }

    [Fact]
    public void KeyedHashNumber_is_a_stable_non_negative_int()
    {
        var number = ValueMasks.KeyedHashNumber("42", Key);

        Assert.Equal(number, ValueMasks.KeyedHashNumber("42", Key));
        Assert.InRange(number, 0, int.MaxValue);
        Assert.NotEqual(number, ValueMasks.KeyedHashNumber("43", Key));
    }

    [Theory]
    [InlineData("1990-05-17", "1990-01-01")]
    [InlineData("1990-05-17T10:20:30Z", "1990-01-01T00:00:00Z")]
    [InlineData("1990-12-31T23:59:59.999+02:00", "1990-01-01T00:00:00.000+00:00")]
    public void DateToYear_keeps_the_year_and_the_format(string value, string expected)
    {
        Assert.True(ValueMasks.TryDateToYear(value, out var masked));
        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("17 May 1990")]
    [InlineData("1990")]
    [InlineData("19x0-05-17")]
    public void DateToYear_refuses_text_that_is_not_a_date(string value) =>
        Assert.False(ValueMasks.TryDateToYear(value, out _));

    [Theory]
    [InlineData(37, 10, 30)]
    [InlineData(30, 10, 30)]
    [InlineData(-3, 10, -10)]
    [InlineData(1234, 1000, 1000)]
    public void NumericRange_generalises_whole_numbers_to_the_lower_bound(long value, int width, long expected) =>
        Assert.Equal(expected, ValueMasks.NumericRangeLowerBound(value, width));

    [Fact]
    public void NumericRange_generalises_fractions_to_the_lower_bound() =>
        Assert.Equal(10.0, ValueMasks.NumericRangeLowerBound(13.99, 5));

    [Theory]
    [InlineData("12", 10, "10-19")]
    [InlineData("19.99", 10, "10-19")]
    [InlineData("1234.50", 100, "1200-1299")]
    public void NumericRange_writes_a_range_for_numbers_in_text(string value, int width, string expected)
    {
        Assert.True(ValueMasks.TryNumericRangeText(value, width, out var masked));
        Assert.Equal(expected, masked);
    }

    [Fact]
    public void NumericRange_refuses_text_that_is_not_a_number() =>
        Assert.False(ValueMasks.TryNumericRangeText("twelve", 10, out _));
}
