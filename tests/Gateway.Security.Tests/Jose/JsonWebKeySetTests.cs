using System.Security.Cryptography;
using Gateway.Security.Jose;

namespace Gateway.Security.Tests.Jose;

public sealed class JsonWebKeySetTests
{
    [Fact]
    public void A_published_key_set_reads_back_and_verifies_what_the_key_signed()
    {
        using var key = SigningKeyMaterial.Generate();
        var json = new JsonWebKeySet([key.PublicKey]).ToJson();
        var input = "header.payload"u8.ToArray();

        var read = JsonWebKeySet.Parse(json);

        Assert.True(read.Find(key.KeyId)!.Verify(JwsAlgorithms.ES256, input, key.Sign(input)));
    }

    [Fact]
    public void An_RSA_key_reads_back_and_verifies_RS256_only()
    {
        using var rsa = RSA.Create(2048);
        var json = new JsonWebKeySet([JsonWebKey.FromRsa("r1", rsa)]).ToJson();
        var input = "header.payload"u8.ToArray();
        var signature = rsa.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        var key = JsonWebKeySet.Parse(json).Find("r1")!;

        Assert.True(key.Verify(JwsAlgorithms.RS256, input, signature));
        Assert.False(key.Verify(JwsAlgorithms.ES256, input, signature));
    }

    [Fact]
    public void Keys_that_cannot_sign_for_us_are_skipped()
    {
        const string json = """
            {"keys":[
              {"kty":"oct","kid":"hmac","k":"c2VjcmV0"},
              {"kty":"EC","kid":"p384","crv":"P-384","x":"AA","y":"AA"},
              {"kty":"EC","kid":"enc","use":"enc","crv":"P-256","x":"AA","y":"AA"},
              {"kty":"RSA","kid":"short","n":"AQAB","e":"AQAB"}
            ]}
            """;

        Assert.Empty(JsonWebKeySet.Parse(json).Keys);
    }

    [Fact]
    public void Two_keys_with_one_kid_are_refused()
    {
        using var first = SigningKeyMaterial.Generate();
        using var second = SigningKeyMaterial.Generate();
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.Throws<ArgumentException>(() => new JsonWebKeySet([first.PublicKey, JsonWebKey.FromEcdsa(first.KeyId, ecdsa)]));
    }
}
