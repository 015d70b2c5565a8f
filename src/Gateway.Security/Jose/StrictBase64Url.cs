using System.Buffers;

namespace Gateway.Security.Jose;

/// <summary>
/// Base64url without padding, as JWS requires (RFC 7515 section 2, "Base64url Encoding"). Decoding is strict:
/// padding, whitespace, characters outside the URL-safe alphabet and non-canonical trailing bits are refused,
/// so one token has exactly one spelling and a tampered encoding cannot verify.
/// </summary>
public static class StrictBase64Url
{
    public static string Encode(ReadOnlySpan<byte> data) => System.Buffers.Text.Base64Url.EncodeToString(data);

    /// <summary>Decodes <paramref name="text"/>, or returns null when it is not canonical unpadded base64url.</summary>
    public static byte[]? TryDecode(ReadOnlySpan<char> text)
    {
        // RFC 7515 section 2: "with all trailing '=' characters omitted"; a length of 1 mod 4 encodes no whole byte.
        if (text.Length % 4 == 1)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (!IsAlphabet(c))
            {
                return null;
            }
        }

        var output = new byte[System.Buffers.Text.Base64Url.GetMaxDecodedLength(text.Length)];
        var status = System.Buffers.Text.Base64Url.DecodeFromChars(text, output, out var consumed, out var written);
        if (status != OperationStatus.Done || consumed != text.Length)
        {
            return null;
        }

        // Non-canonical trailing bits (e.g. "QR" and "QQ" both decoding to "A") would give one value two spellings.
        if (!Encode(output.AsSpan(0, written)).AsSpan().SequenceEqual(text))
        {
            return null;
        }

        return written == output.Length ? output : output.AsSpan(0, written).ToArray();
    }

    private static bool IsAlphabet(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_';
}
