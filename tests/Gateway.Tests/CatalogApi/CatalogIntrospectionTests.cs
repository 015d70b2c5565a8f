using System.Text.Json;
using Gateway.Tests.Registry;

namespace Gateway.Tests.CatalogApi;

/// <summary>
/// Introspection describes what is served: the gateway's own <c>catalog</c> root field and its types beside the
/// supergraph's fields, so GraphiQL and code generators see the catalog API.
/// </summary>
public sealed class CatalogIntrospectionTests
{
    [Fact]
    public async Task Introspection_lists_the_catalog_root_field_beside_the_subgraph_fields()
    {
        await using var rig = await RegistryRig.StartAsync(adminApi: true);

        var (status, body) = await rig.Gateway.QueryAsync(
            """{ __schema { queryType { fields { name } } mutationType { fields { name } } } product: __type(name: "CatalogProduct") { kind } }""");

        Assert.Equal(200, status);
        using var document = JsonDocument.Parse(body);
        var schema = document.RootElement.GetProperty("data").GetProperty("__schema");
        var queryFields = Names(schema.GetProperty("queryType").GetProperty("fields"));
        Assert.Contains("catalog", queryFields);
        Assert.Contains("base", queryFields);
        Assert.Contains("catalog", Names(schema.GetProperty("mutationType").GetProperty("fields")));
        Assert.Equal("OBJECT", document.RootElement.GetProperty("data").GetProperty("product").GetProperty("kind").GetString());
    }

    private static List<string> Names(JsonElement fields)
    {
        var names = new List<string>();
        foreach (var field in fields.EnumerateArray())
        {
            names.Add(field.GetProperty("name").GetString()!);
        }

        return names;
    }
}
