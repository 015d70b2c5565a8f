using System.Text;
using Gateway.Http.Persisted;

namespace Gateway.Tests.Http.Persisted;

public sealed class TrustedDocumentStoreTests
{
    private const string Query = "{ user { name } }";

    private static TrustedDocumentStore Parse(string json) => TrustedDocumentStore.Parse(Encoding.UTF8.GetBytes(json), "docs.json");

    private static TrustedDocumentManifestException Broken(string json) =>
        Assert.Throws<TrustedDocumentManifestException>(() => Parse(json));

    [Fact]
    public void A_hash_to_query_manifest_registers_each_document()
    {
        var hash = PersistedQueryHashes.Sha256(Query);
        var store = Parse($$"""{ "{{hash.ToUpperInvariant()}}": "{{Query}}" }""");

        Assert.Equal(1, store.Count);
        Assert.True(store.TryGetDocument(hash, out var document));
        Assert.Equal(Query, document);
        Assert.True(store.ContainsHash(hash));
    }

    [Fact]
    public void An_Apollo_manifest_registers_operations_by_id()
    {
        var hash = PersistedQueryHashes.Sha256(Query);
        var store = Parse($$"""
            {
              "format": "apollo-persisted-query-manifest",
              "version": 1,
              "operations": [
                { "id": "{{hash}}", "name": "User", "type": "query", "body": "{{Query}}" },
                { "id": "custom-id", "name": "Count", "type": "query", "body": "{ count }", "extra": [1, 2] }
              ]
            }
            """);

        Assert.Equal(2, store.Count);
        Assert.True(store.TryGetDocument("custom-id", out var document));
        Assert.Equal("{ count }", document);
        Assert.True(store.ContainsHash(PersistedQueryHashes.Sha256("{ count }")));
        Assert.True(store.TryGetDocument(hash, out _));
    }

    [Fact]
    public async Task A_manifest_file_is_loaded_and_its_path_named_in_errors()
    {
        using var directory = new TempDirectory();
        var good = directory.Write("good.json", $$"""{ "{{PersistedQueryHashes.Sha256(Query)}}": "{{Query}}" }""");
        Assert.Equal(1, (await TrustedDocumentStore.LoadAsync(good)).Count);

        var bad = directory.Write("bad.json", "{\n  \"x\": 1\n}");
        var error = await Assert.ThrowsAsync<TrustedDocumentManifestException>(() => TrustedDocumentStore.LoadAsync(bad));
        Assert.StartsWith($"{bad}:2:3: \"x\" is not a SHA-256 hash", error.Message);

        var missing = await Assert.ThrowsAsync<TrustedDocumentManifestException>(() => TrustedDocumentStore.LoadAsync(directory.PathOf("none.json")));
        Assert.Contains("cannot read the trusted-document manifest", missing.Message);
    }

    [Fact]
    public void Invalid_JSON_is_reported_at_its_line_and_column()
    {
        var error = Broken("{\n  \"format\": \"apollo-persisted-query-manifest\",\n  oops\n}");
        Assert.Equal(("docs.json", 3, 3), (error.FilePath, error.Line, error.Column));
        Assert.StartsWith("docs.json:3:3: the manifest is not valid JSON", error.Message);
    }

    [Fact]
    public void A_key_that_is_not_the_hash_of_its_document_is_reported()
    {
        var wrong = PersistedQueryHashes.Sha256("{ other }");
        var error = Broken($$"""
            {
              "{{wrong}}": "{{Query}}"
            }
            """);
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("is not the SHA-256 of its document", error.Problem);
    }

    [Theory]
    [InlineData("[]", 1, 1, "the manifest must be a JSON object")]
    [InlineData("{ \"format\": \"other\" }", 1, 13, "unknown manifest format \"other\"")]
    [InlineData("{ \"format\": \"apollo-persisted-query-manifest\", \"version\": 2, \"operations\": [] }", 1, 59, "unsupported manifest version")]
    [InlineData("{ \"format\": \"apollo-persisted-query-manifest\", \"version\": \"1\" }", 1, 59, "\"version\" must be the number 1")]
    [InlineData("{ \"format\": \"apollo-persisted-query-manifest\" }", 1, 1, "an Apollo persisted query manifest needs an \"operations\" array")]
    [InlineData("{ \"operations\": [] }", 1, 1, "a manifest with \"operations\" needs \"format\"")]
    [InlineData("{ \"format\": \"apollo-persisted-query-manifest\", \"operations\": {} }", 1, 62, "\"operations\" must be an array")]
    [InlineData("{ \"format\": \"apollo-persisted-query-manifest\", \"operations\": [1] }", 1, 63, "each entry of \"operations\" must be an object")]
    [InlineData("{ \"format\": \"apollo-persisted-query-manifest\", \"operations\": [{ \"id\": \"a\" }] }", 1, 63, "the operation has no \"body\"")]
    [InlineData("{ \"format\": \"apollo-persisted-query-manifest\", \"operations\": [{ \"id\": 1, \"body\": \"{ a }\" }] }", 1, 71, "\"id\" must be a string")]
    [InlineData("{ \"format\": \"apollo-persisted-query-manifest\", \"operations\": [{ \"id\": \"a\", \"body\": \"{ a }\" }, { \"id\": \"a\", \"body\": \"{ b }\" }] }", 1, 95, "\"a\" is registered twice with different documents")]
    [InlineData("{ } { }", 1, 5, "the manifest is not valid JSON")]
    public void Broken_manifests_say_what_and_where(string json, int line, int column, string problem)
    {
        var error = Broken(json);
        Assert.StartsWith(problem, error.Problem);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var error = Broken("{ \"format\": \"apollo-persisted-query-manifest\", \"operations\": [{ \"id\": \"é\", \"body\": 1 }] }");
        Assert.Equal("\"body\" must be a string", error.Problem);
        Assert.Equal((1, 84), (error.Line, error.Column));
    }
}
