using System.Text;
using Gateway.Catalog.Documents;

namespace Gateway.Catalog.Tests.Documents;

/// <summary>Input written to break the reader: each ends in one clear diagnostic, never an exception or a hang.</summary>
public sealed class HostileDocumentTests
{
    [Fact]
    public void Malformed_yaml_is_unreadable_with_its_position()
    {
        var result = CatalogDocumentReader.ReadContract("c.yaml", "apiVersion: v3.1.0\nkind: [DataContract\nid: x\n");

        Assert.True(result.Unreadable);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("syntax", error.Rule);
        Assert.StartsWith("is not valid YAML", error.Message);
        Assert.Equal(2, error.Position.Line);
    }

    [Fact]
    public void Malformed_json_is_unreadable_with_its_position()
    {
        var result = CatalogDocumentReader.ReadContract("c.json", "{\n  \"apiVersion\": \"v3.1.0\",\n  \"kind\": ,\n}");

        Assert.True(result.Unreadable);
        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("is not valid JSON", error.Message);
        Assert.Equal(3, error.Position.Line);
    }

    [Fact]
    public void A_ten_megabyte_document_is_refused_before_it_is_parsed()
    {
        var text = "apiVersion: v3.1.0\ndescription:\n  purpose: " + new string('a', 10 * 1024 * 1024) + "\n";

        var result = CatalogDocumentReader.ReadContract("c.yaml", text);

        Assert.True(result.Unreadable);
        Assert.Equal("limit", Assert.Single(result.Diagnostics).Rule);
    }

    [Fact]
    public async Task A_ten_megabyte_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-big-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, "purpose: " + new string('a', 10 * 1024 * 1024));
        try
        {
            var document = await CatalogDocumentReader.ReadFileAsync(path, null, CancellationToken.None);

            Assert.True(document.Unreadable);
            Assert.Contains("bytes, more than", Assert.Single(document.Diagnostics).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("c.yaml")]
    [InlineData("c.json")]
    public void Deep_nesting_is_refused_at_the_limit(string file)
    {
        var text = new string('[', 10_000) + new string(']', 10_000);

        var result = CatalogDocumentReader.ReadContract(file, text);

        Assert.True(result.Unreadable);
        Assert.Contains("deeper than 64", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void A_yaml_alias_bomb_is_refused()
    {
        // Each level doubles: 2^30 values if expanded.
        var yaml = new StringBuilder("a0: &a0 [x, x]\n");
        for (var i = 1; i <= 30; i++)
        {
            yaml.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]\n");
        }

        var result = CatalogDocumentReader.ReadContract("c.yaml", yaml.ToString());

        Assert.True(result.Unreadable);
        Assert.Contains("more than 250,000 values", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Too_many_aliases_are_refused()
    {
        var yaml = new StringBuilder("a: &a x\nb:\n");
        for (var i = 0; i < 300; i++)
        {
            yaml.Append("  - *a\n");
        }

        var result = CatalogDocumentReader.ReadContract("c.yaml", yaml.ToString());

        Assert.Contains("more than 256 aliases", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void An_alias_to_an_undefined_anchor_is_a_syntax_error()
    {
        var result = CatalogDocumentReader.ReadContract("c.yaml", "a: *missing\n");

        Assert.True(result.Unreadable);
        Assert.Equal("syntax", Assert.Single(result.Diagnostics).Rule);
    }

    [Theory]
    [InlineData("c.yaml", "id: a\nid: b\n")]
    [InlineData("c.json", "{\"id\": \"a\", \"id\": \"b\"}")]
    public void Duplicate_keys_are_refused(string file, string text)
    {
        var result = CatalogDocumentReader.ReadContract(file, text);

        Assert.Contains("appears twice", Assert.Single(result.Diagnostics).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\na: 1\n---\nb: 2\n")]
    [InlineData("just a string")]
    [InlineData("- a\n- b\n")]
    [InlineData("\t\u0000")]
    public void Wrong_shapes_end_in_a_diagnostic_not_an_exception(string text)
    {
        var result = CatalogDocumentReader.ReadContract("c.yaml", text);

        Assert.False(result.IsValid);
        Assert.NotEmpty(result.Diagnostics);
    }

    [Fact]
    public void Wrong_types_everywhere_are_each_reported()
    {
        var result = CatalogDocumentReader.ReadContract("c.yaml", """
            apiVersion: v3.1.0
            kind: DataContract
            id: [1]
            version: { a: 1 }
            status: true
            schema: nope
            tags: abc
            slaProperties: [1, 2]
            """);

        Assert.False(result.Unreadable);
        Assert.Equal([3, 4, 5, 6, 7, 8, 8], result.Diagnostics.Select(d => d.Position.Line));
        Assert.All(result.Diagnostics, d => Assert.Equal("type", d.Rule));
    }
}
