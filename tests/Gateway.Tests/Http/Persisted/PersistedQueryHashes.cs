using System.Security.Cryptography;
using System.Text;

namespace Gateway.Tests.Http.Persisted;

/// <summary>Computes hashes the way a client does, independently of the code under test.</summary>
internal static class PersistedQueryHashes
{
    public static string Sha256(string query) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(query))).ToLowerInvariant();
}
