using System.Text.Json;
using Gateway.Samples.Registration;

namespace Gateway.Tests.CatalogApi;

/// <summary>The catalog's mutations (served with the admin API): publish, deprecate, retire, each answering a payload with every reason.</summary>
public sealed class PublishingMutationTests
{
    private const string Urn = "urn:dp:registration:registered-users";

    [Fact]
    public async Task A_dry_run_reports_everything_and_stores_nothing()
    {
        await using var rig = await CatalogApiRig.StartSqliteAsync(adminApi: true);

        var payload = await PublishAsync(rig, dryRun: true);
        var product = await rig.CatalogAsync($$"""{ catalog { product(urn: "{{Urn}}") { urn } } }""");

        Assert.Equal(
            $$"""{"status":"DRY_RUN_PASSED","accepted":true,"urn":"{{Urn}}","version":"1.0.0","product":null,"diagnostics":[],"subgraphProblem":null,"compositionErrors":[],"changes":null,"findings":[],"conflicts":[],"supergraphVersion":null}""",
            payload.GetRawText());
        Assert.Equal("""{"product":null}""", product.GetRawText());
        Assert.Equal(1, rig.Gateway.Live.Version);
    }

    [Fact]
    public async Task A_publish_stores_the_product_and_serves_the_supergraph_with_its_subgraph()
    {
        await using var rig = await CatalogApiRig.StartSqliteAsync(adminApi: true);

        var payload = await PublishAsync(rig, dryRun: false);
        var again = await PublishAsync(rig, dryRun: false);
        var listed = await rig.CatalogAsync("""{ catalog { products(filter: {domain: "registration"}) { totalCount edges { node { urn currentVersion history { kind } } } } } }""");

        Assert.Equal(
            $$"""{"status":"PUBLISHED","accepted":true,"urn":"{{Urn}}","version":"1.0.0","product":{"urn":"{{Urn}}","status":"PUBLISHED","currentVersion":"1.0.0"},"diagnostics":[],"subgraphProblem":null,"compositionErrors":[],"changes":null,"findings":[],"conflicts":[],"supergraphVersion":2}""",
            payload.GetRawText());
        Assert.Equal(2, rig.Gateway.Live.Version);
        Assert.Equal("REJECTED", again.GetProperty("status").GetString());
        Assert.NotEmpty(again.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(JsonValueKind.Object, again.GetProperty("changes").ValueKind);
        Assert.Equal(
            $$$"""{"products":{"totalCount":1,"edges":[{"node":{"urn":"{{{Urn}}}","currentVersion":"1.0.0","history":[{"kind":"PUBLISHED"}]}}]}}""",
            listed.GetRawText());
    }

    [Fact]
    public async Task A_rejected_publish_answers_every_reason_and_stores_nothing()
    {
        await using var rig = await CatalogApiRig.StartSqliteAsync(adminApi: true);
        var contract = (await SampleAsync("contract.yaml")).Replace("        classification: internal\n", "", StringComparison.Ordinal);

        var unclassified = await PublishAsync(rig, dryRun: false, contract: contract);
        var unreadable = await rig.CatalogAsync("""mutation { catalog { publish(descriptor: "kind: [unclosed") { status diagnostics { file line column rule message } } } }""");

        Assert.Equal("REJECTED", unclassified.GetProperty("status").GetString());
        Assert.Contains(
            unclassified.GetProperty("findings").EnumerateArray(),
            finding => finding.GetProperty("severity").GetString() == "ERROR" && finding.GetProperty("message").GetString()!.Contains("classif", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("UNUSABLE", unreadable.GetProperty("publish").GetProperty("status").GetString());
        var diagnostic = unreadable.GetProperty("publish").GetProperty("diagnostics")[0];
        Assert.Equal("descriptor", diagnostic.GetProperty("file").GetString());
        Assert.True(diagnostic.GetProperty("line").GetInt32() > 0 && diagnostic.GetProperty("message").GetString()!.Length > 0, diagnostic.GetRawText());
        Assert.Equal("""{"product":null}""", (await rig.CatalogAsync($$"""{ catalog { product(urn: "{{Urn}}") { urn } } }""")).GetRawText());
        Assert.Equal(1, rig.Gateway.Live.Version);
    }

    [Fact]
    public async Task Deprecation_then_retirement_take_the_product_out_of_the_supergraph()
    {
        await using var rig = await CatalogApiRig.StartSqliteAsync(adminApi: true);
        await PublishAsync(rig, dryRun: false);

        var early = await rig.CatalogAsync($$"""mutation { catalog { retire(urn: "{{Urn}}") { stored conflicts } } }""");
        var deprecated = await rig.CatalogAsync(
            $$"""mutation { catalog { deprecate(urn: "{{Urn}}", sunset: "2099-12-31", reason: "Replaced by accounts.") { stored urn product { status deprecation { sunset reason } } conflicts supergraphVersion } } }""");
        var retired = await rig.CatalogAsync($$"""mutation { catalog { retire(urn: "{{Urn}}") { stored product { status } compositionErrors { code } conflicts supergraphVersion } } }""");

        Assert.False(early.GetProperty("retire").GetProperty("stored").GetBoolean());
        Assert.Single(early.GetProperty("retire").GetProperty("conflicts").EnumerateArray());
        Assert.Equal(
            $$$"""{"deprecate":{"stored":true,"urn":"{{{Urn}}}","product":{"status":"DEPRECATED","deprecation":{"sunset":"2099-12-31","reason":"Replaced by accounts."}},"conflicts":[],"supergraphVersion":null}}""",
            deprecated.GetRawText());
        Assert.Equal("""{"retire":{"stored":true,"product":{"status":"RETIRED"},"compositionErrors":[],"conflicts":[],"supergraphVersion":3}}""", retired.GetRawText());
        Assert.Equal(3, rig.Gateway.Live.Version);
    }

    [Fact]
    public async Task Lifecycle_changes_of_malformed_or_unknown_products_answer_why()
    {
        await using var rig = await CatalogApiRig.StartSqliteAsync(adminApi: true);

        var malformed = await rig.CatalogAsync("""mutation { catalog { deprecate(urn: "orders", sunset: "2099-12-31") { stored urn conflicts } } }""");
        var badSuccessor = await rig.CatalogAsync("""mutation { catalog { deprecate(urn: "urn:dp:sales:orders", sunset: "2099-12-31", successor: "next") { stored urn conflicts } } }""");
        var unknown = await rig.CatalogAsync("""mutation { catalog { retire(urn: "urn:dp:sales:nothing") { stored conflicts } } }""");
        var badDate = await rig.BodyAsync("""mutation { catalog { deprecate(urn: "urn:dp:sales:orders", sunset: "31/12/2099") { stored } } }""");

        Assert.Equal(
            """{"deprecate":{"stored":false,"urn":"orders","conflicts":["urn: \u0027orders\u0027 is not a product URN; write urn:dp:\u003Cdomain\u003E:\u003Cname\u003E, e.g. urn:dp:sales:orders."]}}""",
            malformed.GetRawText());
        Assert.Equal(
            """{"deprecate":{"stored":false,"urn":"urn:dp:sales:orders","conflicts":["successor: \u0027next\u0027 is not a product URN; write urn:dp:\u003Cdomain\u003E:\u003Cname\u003E, e.g. urn:dp:sales:orders."]}}""",
            badSuccessor.GetRawText());
        Assert.False(unknown.GetProperty("retire").GetProperty("stored").GetBoolean());
        Assert.Contains("is not in the catalog", unknown.GetProperty("retire").GetProperty("conflicts")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("write a calendar date as YYYY-MM-DD", badDate, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", badDate, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> PublishAsync(CatalogApiRig rig, bool dryRun, string? contract = null)
    {
        var variables = new Dictionary<string, object?>
        {
            ["descriptor"] = await SampleAsync("product.yaml"),
            ["contract"] = contract ?? await SampleAsync("contract.yaml"),
            ["sdl"] = RegistrationSubgraph.Sdl,
            ["url"] = "http://127.0.0.1:9/graphql",
            ["dryRun"] = dryRun,
        };
        var answer = await rig.CatalogAsync(
            """
            mutation ($descriptor: String!, $contract: String, $sdl: String, $url: String, $dryRun: Boolean) { catalog {
              publish(descriptor: $descriptor, contract: $contract, subgraphSdl: $sdl, subgraphUrl: $url, dryRun: $dryRun) {
                status accepted urn version product { urn status currentVersion } diagnostics { message } subgraphProblem
                compositionErrors { code } changes { previousVersion versionAccepted } findings { ruleId severity message } conflicts supergraphVersion } } }
            """,
            variables);
        var payload = answer.GetProperty("publish");
        return payload;
    }

    private static Task<string> SampleAsync(string file) =>
        File.ReadAllTextAsync(Path.Combine(CatalogSeed.RepositoryRoot(), "src", "Samples", "Registration", file));
}
