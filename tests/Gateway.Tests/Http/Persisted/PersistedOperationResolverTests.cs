using System.Text;
using System.Text.Json;
using Gateway.Http.Persisted;

namespace Gateway.Tests.Http.Persisted;

public sealed class PersistedOperationResolverTests
{
    private const string Query = "{ user { name } }";
    private const string Registered = "{ count }";

    private static readonly string QueryHash = PersistedQueryHashes.Sha256(Query);
    private static readonly string RegisteredHash = PersistedQueryHashes.Sha256(Registered);

    private static TrustedDocumentStore Store() => TrustedDocumentStore.Parse(Encoding.UTF8.GetBytes($$"""
        {
          "format": "apollo-persisted-query-manifest",
          "version": 1,
          "operations": [
            { "id": "{{RegisteredHash}}", "name": "Count", "type": "query", "body": "{{Registered}}" },
            { "id": "named-id", "name": "Tags", "type": "query", "body": "{ tags }" }
          ]
        }
        """));

    private static JsonElement Extensions(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static JsonElement Hash(string hash, int version = 1) =>
        Extensions($$"""{ "persistedQuery": { "version": {{version}}, "sha256Hash": "{{hash}}" } }""");

    private static void AssertRuns(PersistedOperationResult result, string query)
    {
        Assert.False(result.IsError, result.Error?.Message);
        Assert.Equal(PersistedOperationErrorKind.None, result.ErrorKind);
        Assert.Equal(query, result.Query);
        Assert.Null(result.Error);
    }

    private static void AssertFails(PersistedOperationResult result, PersistedOperationErrorKind kind, string code, string messageStart)
    {
        Assert.True(result.IsError);
        Assert.Equal(kind, result.ErrorKind);
        Assert.Null(result.Query);
        Assert.Equal(code, result.Error!.Extensions!["code"]);
        Assert.StartsWith(messageStart, result.Error.Message);
    }

    [Theory]
    [InlineData(PersistedOperationMode.Off)]
    [InlineData(PersistedOperationMode.Automatic)]
    [InlineData(PersistedOperationMode.AutomaticAndTrusted)]
    public void A_plain_query_runs_unless_only_trusted_documents_may(PersistedOperationMode mode)
    {
        var resolver = new PersistedOperationResolver(mode, store: Store());
        AssertRuns(resolver.Resolve(Query, null), Query);
        AssertRuns(resolver.Resolve(Query, Extensions("""{ "other": 1 }""")), Query);
        AssertRuns(resolver.Resolve(Query, Extensions("[]")), Query);
        AssertRuns(resolver.Resolve(Query, Extensions("""{ "persistedQuery": null }""")), Query);
    }

    [Fact]
    public void No_query_and_no_hash_is_a_missing_query()
    {
        var result = new PersistedOperationResolver(PersistedOperationMode.Automatic).Resolve(null, null);
        AssertFails(result, PersistedOperationErrorKind.QueryMissing, "QUERY_MISSING", "The request has no query");
        Assert.Equal(400, result.StatusCode(legacyJson: true));
    }

    [Fact]
    public void Off_answers_a_hash_alone_with_PersistedQueryNotSupported_and_runs_a_hash_with_its_query()
    {
        var resolver = new PersistedOperationResolver(PersistedOperationMode.Off);
        AssertFails(resolver.Resolve(null, Hash(QueryHash)), PersistedOperationErrorKind.NotSupported, "PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported");
        AssertRuns(resolver.Resolve(Query, Hash(QueryHash)), Query);
    }

    [Fact]
    public void Automatic_registers_a_query_on_the_second_round_trip_and_serves_the_hash_after()
    {
        var resolver = new PersistedOperationResolver(PersistedOperationMode.Automatic);

        var miss = resolver.Resolve(null, Hash(QueryHash));
        AssertFails(miss, PersistedOperationErrorKind.NotFound, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
        Assert.Equal("PersistedQueryNotFound", miss.Error!.Message);
        Assert.Equal(QueryHash, miss.Hash);

        var registration = resolver.Resolve(Query, Hash(QueryHash));
        AssertRuns(registration, Query);
        Assert.Equal(QueryHash, registration.Hash);

        AssertRuns(resolver.Resolve(null, Hash(QueryHash.ToUpperInvariant())), Query);
    }

    [Fact]
    public void A_hash_that_is_not_the_query_s_is_rejected_and_not_stored()
    {
        var cache = new AutomaticPersistedQueryCache();
        var resolver = new PersistedOperationResolver(PersistedOperationMode.Automatic, cache);
        var wrong = PersistedQueryHashes.Sha256("{ other }");

        var result = resolver.Resolve(Query, Hash(wrong));
        AssertFails(result, PersistedOperationErrorKind.HashMismatch, "PERSISTED_QUERY_HASH_MISMATCH", "provided sha does not match query");
        Assert.Contains(QueryHash, result.Error!.Message);
        Assert.Equal(0, cache.Count);
    }

    [Theory]
    [InlineData("""{ "persistedQuery": { "version": 2, "sha256Hash": "x" } }""", "Unsupported persisted query version (2)")]
    [InlineData("""{ "persistedQuery": { "sha256Hash": "x" } }""", "Unsupported persisted query version (missing)")]
    [InlineData("""{ "persistedQuery": { "version": "1", "sha256Hash": "x" } }""", "Unsupported persisted query version (\"1\")")]
    public void Versions_other_than_1_are_unsupported(string extensions, string message)
    {
        var result = new PersistedOperationResolver(PersistedOperationMode.Automatic).Resolve(Query, Extensions(extensions));
        AssertFails(result, PersistedOperationErrorKind.UnsupportedVersion, "PERSISTED_QUERY_UNSUPPORTED_VERSION", message);
        Assert.Equal(400, result.StatusCode(legacyJson: false));
    }

    [Theory]
    [InlineData("""{ "persistedQuery": "abc" }""")]
    [InlineData("""{ "persistedQuery": { "version": 1 } }""")]
    [InlineData("""{ "persistedQuery": { "version": 1, "sha256Hash": 12 } }""")]
    [InlineData("""{ "persistedQuery": { "version": 1, "sha256Hash": "not-a-hash" } }""")]
    public void A_malformed_extension_is_a_bad_request(string extensions)
    {
        var result = new PersistedOperationResolver(PersistedOperationMode.Automatic).Resolve(null, Extensions(extensions));
        AssertFails(result, PersistedOperationErrorKind.InvalidExtension, "PERSISTED_QUERY_INVALID", "\"extensions.persistedQuery");
        Assert.Equal(400, result.StatusCode(legacyJson: true));
    }

    [Fact]
    public void Trusted_runs_registered_operations_by_hash_by_id_or_as_text()
    {
        var resolver = new PersistedOperationResolver(PersistedOperationMode.Trusted, store: Store());
        AssertRuns(resolver.Resolve(null, Hash(RegisteredHash)), Registered);
        AssertRuns(resolver.Resolve(null, Extensions("""{ "persistedQuery": { "version": 1, "sha256Hash": "named-id" } }""")), "{ tags }");
        AssertRuns(resolver.Resolve(Registered, null), Registered);
        AssertRuns(resolver.Resolve(Registered, Hash(RegisteredHash)), Registered);
        AssertRuns(resolver.Resolve("{ tags }", Extensions("""{ "persistedQuery": { "version": 1, "sha256Hash": "named-id" } }""")), "{ tags }");
    }

    [Fact]
    public void Trusted_refuses_everything_else_and_learns_nothing()
    {
        var resolver = new PersistedOperationResolver(PersistedOperationMode.Trusted, store: Store());
        const string notAllowed = "This endpoint runs only registered operations";

        AssertFails(resolver.Resolve(Query, null), PersistedOperationErrorKind.NotAllowed, "PERSISTED_QUERY_NOT_ALLOWED", notAllowed);
        AssertFails(resolver.Resolve(Query, Hash(QueryHash)), PersistedOperationErrorKind.NotAllowed, "PERSISTED_QUERY_NOT_ALLOWED", notAllowed);
        AssertFails(resolver.Resolve(null, Hash(QueryHash)), PersistedOperationErrorKind.NotFound, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
        AssertFails(resolver.Resolve("{ other }", Extensions("""{ "persistedQuery": { "version": 1, "sha256Hash": "named-id" } }""")), PersistedOperationErrorKind.HashMismatch, "PERSISTED_QUERY_HASH_MISMATCH", "provided sha does not match query");
        AssertFails(resolver.Resolve(null, Extensions("""{ "persistedQuery": { "version": 1, "sha256Hash": "unknown-id" } }""")), PersistedOperationErrorKind.InvalidExtension, "PERSISTED_QUERY_INVALID", "\"extensions.persistedQuery.sha256Hash\"");
    }

    [Fact]
    public void Automatic_and_trusted_serves_the_store_without_a_round_trip_and_caches_the_rest()
    {
        var resolver = new PersistedOperationResolver(PersistedOperationMode.AutomaticAndTrusted, store: Store());
        AssertRuns(resolver.Resolve(null, Hash(RegisteredHash)), Registered);
        AssertFails(resolver.Resolve(null, Hash(QueryHash)), PersistedOperationErrorKind.NotFound, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
        AssertRuns(resolver.Resolve(Query, Hash(QueryHash)), Query);
        AssertRuns(resolver.Resolve(null, Hash(QueryHash)), Query);
    }

    [Fact]
    public void Trusted_modes_need_a_store()
    {
        Assert.Throws<ArgumentException>(() => new PersistedOperationResolver(PersistedOperationMode.Trusted));
        Assert.Throws<ArgumentException>(() => new PersistedOperationResolver(PersistedOperationMode.AutomaticAndTrusted));
    }

    [Fact]
    public void The_hash_is_of_the_UTF_8_bytes()
    {
        const string unicode = "{ user(id: \"é✓\") { name } }";
        var resolver = new PersistedOperationResolver(PersistedOperationMode.Automatic);
        AssertRuns(resolver.Resolve(unicode, Hash(PersistedQueryHashes.Sha256(unicode))), unicode);
    }

    [Theory]
    [InlineData(PersistedOperationErrorKind.None, 200, 200)]
    [InlineData(PersistedOperationErrorKind.NotFound, 200, 400)]
    [InlineData(PersistedOperationErrorKind.NotSupported, 200, 400)]
    [InlineData(PersistedOperationErrorKind.NotAllowed, 200, 400)]
    [InlineData(PersistedOperationErrorKind.HashMismatch, 400, 400)]
    [InlineData(PersistedOperationErrorKind.QueryMissing, 400, 400)]
    public void Suggested_statuses_follow_the_response_media_type(PersistedOperationErrorKind kind, int legacyJson, int graphQLResponseJson)
    {
        var store = Store();
        var resolver = new PersistedOperationResolver(kind == PersistedOperationErrorKind.NotSupported ? PersistedOperationMode.Off : kind == PersistedOperationErrorKind.NotAllowed ? PersistedOperationMode.Trusted : PersistedOperationMode.Automatic, store: store);
        var result = kind switch
        {
            PersistedOperationErrorKind.None => resolver.Resolve(Query, null),
            PersistedOperationErrorKind.NotFound or PersistedOperationErrorKind.NotSupported => resolver.Resolve(null, Hash(QueryHash)),
            PersistedOperationErrorKind.NotAllowed => resolver.Resolve(Query, null),
            PersistedOperationErrorKind.HashMismatch => resolver.Resolve("{ other }", Hash(QueryHash)),
            _ => resolver.Resolve(null, null),
        };
        Assert.Equal(kind, result.ErrorKind);
        Assert.Equal((legacyJson, graphQLResponseJson), (result.StatusCode(legacyJson: true), result.StatusCode(legacyJson: false)));
    }
}
