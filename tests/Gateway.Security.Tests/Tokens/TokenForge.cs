using System.Text;
using Gateway.Security.Jose;

namespace Gateway.Security.Tests.Tokens;

/// <summary>Builds compact JWS strings from raw header and payload JSON, the way an attacker would.</summary>
public static class TokenForge
{
    public static string Compact(string headerJson, string payloadJson, Func<byte[], byte[]> sign)
    {
        var signingInput = StrictBase64Url.Encode(Encoding.UTF8.GetBytes(headerJson)) + "." + StrictBase64Url.Encode(Encoding.UTF8.GetBytes(payloadJson));
        return signingInput + "." + StrictBase64Url.Encode(sign(Encoding.ASCII.GetBytes(signingInput)));
    }

    public static string Unsigned(string headerJson, string payloadJson)
    {
        var signingInput = StrictBase64Url.Encode(Encoding.UTF8.GetBytes(headerJson)) + "." + StrictBase64Url.Encode(Encoding.UTF8.GetBytes(payloadJson));
        return signingInput + ".";
    }

    public static string PayloadJson(string token) =>
        Encoding.UTF8.GetString(StrictBase64Url.TryDecode(token.Split('.')[1])!);

    public static string HeaderJson(string token) =>
        Encoding.UTF8.GetString(StrictBase64Url.TryDecode(token.Split('.')[0])!);
}
