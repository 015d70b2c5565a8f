using System.Security.Cryptography;
using System.Text;

namespace Gateway.Http.Persisted;

/// <summary>The automatic persisted query hash: SHA-256 of the query's UTF-8 bytes, as 64 lowercase hexadecimal digits.</summary>
internal static class QueryHash
{
    public static string Of(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    /// <summary>True for 64 hexadecimal digits of either case.</summary>
    public static bool IsWellFormed(string hash)
    {
        if (hash.Length != 64)
        {
            return false;
        }

        foreach (var c in hash)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
