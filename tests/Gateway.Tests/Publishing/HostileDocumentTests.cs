using Gateway.Catalog.Documents.Profile;
using Gateway.Publishing;

namespace Gateway.Tests.Publishing;

/// <summary>Documents built to hurt: each ends in one clear error, and nothing is stored.</summary>
public sealed class HostileDocumentTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string, string, PublishStatus, string> Documents => new()
    {
        { "malformed YAML", "apiVersion: v1.0.0\nkind: DataProduct\nid: [unclosed\n", PublishStatus.Unusable, "syntax" },
        { "10 MB", "kind: DataProduct\ndescription:\n  purpose: " + new string('x', 10 * 1024 * 1024) + "\n", PublishStatus.Unusable, "limit" },
        { "deep nesting", "kind: DataProduct\ntags: " + new string('[', 5000) + new string(']', 5000) + "\n", PublishStatus.Unusable, "limit" },
        { "wrong types", TestProducts.Descriptor("orders", "1.0.0").Text.Replace("tags: [test]", "tags: {not: a list}", StringComparison.Ordinal), PublishStatus.Rejected, "type" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_hostile_descriptor_is_refused_with_a_located_error_and_nothing_is_stored(string what, string text, PublishStatus status, string rule)
    {
        await using var rig = await PublishingRig.StartAsync();

        var outcome = await rig.Publisher.PublishAsync(
            new PublishRequest(new DocumentSource("product.yaml", text), TestProducts.OrdersContract("1.0.0", "total: Int"), rig.SubgraphUrl, TestProducts.OrdersSdl("total: Int")),
            None);

        Assert.True(outcome.Status == status, $"{what}: {outcome.Status}");
        Assert.Contains(outcome.Diagnostics, diagnostic => diagnostic.File == "product.yaml" && diagnostic.Rule.Contains(rule, StringComparison.Ordinal) && diagnostic.Position.Line >= 1);
        Assert.Null(await rig.Gateway.Store.GetProductAsync(ProductUrn.Parse("urn:dp:sales:orders"), None));
        Assert.Equal(0, await rig.Gateway.Store.GetLatestSupergraphVersionAsync(None));
    }

    [Fact]
    public async Task An_unknown_key_is_rejected_at_its_line_with_a_hint_and_nothing_is_stored()
    {
        await using var rig = await PublishingRig.StartAsync();
        var descriptor = TestProducts.Descriptor("orders", "1.0.0");
        var withUnknownKey = descriptor with { Text = descriptor.Text + "\nfavouriteColour: blue\n" };

        var outcome = await rig.Publisher.PublishAsync(
            new PublishRequest(withUnknownKey, TestProducts.OrdersContract("1.0.0", "total: Int"), rig.SubgraphUrl, TestProducts.OrdersSdl("total: Int")), None);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal((PublishStatus.Rejected, "favouriteColour", "unknown-key"), (outcome.Status, diagnostic.Path, diagnostic.Rule));
        Assert.Contains("customProperties", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(await rig.Gateway.Store.GetProductAsync(ProductUrn.Parse("urn:dp:sales:orders"), None));
    }
}
