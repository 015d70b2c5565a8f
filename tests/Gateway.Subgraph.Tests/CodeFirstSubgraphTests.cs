using Gateway.GraphQL;
using Gateway.GraphQL.Types.CodeFirst;

namespace Gateway.Subgraph.Tests;

public sealed class CodeFirstSubgraphTests
{
    private sealed record Harbour(string Code, string Name, int Berths);

    private static readonly Harbour[] Harbours = [new("OSL", "Oslo", 12), new("BGO", "Bergen", 9)];

    private static CodeFirstSchemaBuilder Types() => new CodeFirstSchemaBuilder()
        .Object("Query", query => query.Field("harbours", "[Harbour!]!", _ => ValueTask.FromResult<object?>(Harbours)))
        .Object("Harbour", harbour => harbour
            .Field("code", "ID!")
            .Field("name", "String")
            .Field("berths", "Int")
            .Field("country", "String")
            .Field("ferries", "Int", context => ValueTask.FromResult<object?>(((Harbour)context.Source!).Berths * 2)));

    [Fact]
    public async Task Declared_types_with_code_applied_keys_resolve_entities()
    {
        var subgraph = SubgraphBuilder.FromCodeFirst(Types())
            .Key("Harbour", "code")
            .ResolveReference("Harbour", (representation, _) => ValueTask.FromResult<object?>(Array.Find(Harbours, h => h.Code == representation.Require<string>("code"))))
            .Build();

        var response = await subgraph.EntitiesAsync("... on Harbour { name ferries }", new { __typename = "Harbour", code = "BGO" });

        Assert.Equal("""{"data":{"_entities":[{"name":"Bergen","ferries":18}]}}""", response.Compact());
        Assert.Equal(["Harbour"], subgraph.EntityTypes);
    }

    [Fact]
    public void Service_sdl_is_the_declarations_printed_with_a_link_that_imports_every_directive()
    {
        var subgraph = SubgraphBuilder.FromCodeFirst(Types(), federationMinorVersion: 0)
            .Key("Harbour", "code")
            .Shareable("Harbour.name")
            .External("Harbour.country")
            .Requires("Harbour.berths", "country")
            .Tag("Harbour", "public")
            .Build();

        Assert.Equal(
            """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key", "@requires", "@provides", "@external", "@tag", "@extends", "@shareable", "@inaccessible", "@override"])

            type Query {
              harbours: [Harbour!]!
            }

            type Harbour @key(fields: "code") @tag(name: "public") {
              code: ID!
              name: String @shareable
              berths: Int @requires(fields: "country")
              country: String @external
              ferries: Int
            }
            """,
            subgraph.Sdl);
    }

    [Fact]
    public void Code_applied_federation_directives_take_the_names_the_link_imports_them_under()
    {
        var subgraph = new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [{ name: "@key", as: "@id" }])
            type Query { harbour: Harbour }
            type Harbour { code: ID! name: String }
            """)
            .Key("Harbour", "code")
            .Shareable("Harbour.name")
            .Apply("Harbour.name", "@deprecated(reason: \"Use code.\")")
            .Build();

        Assert.Contains("type Harbour @id(fields: \"code\") {", subgraph.Sdl, StringComparison.Ordinal);
        Assert.Contains("name: String @federation__shareable @deprecated(reason: \"Use code.\")", subgraph.Sdl, StringComparison.Ordinal);
        Assert.Equal(["Harbour"], subgraph.EntityTypes);
    }

    [Fact]
    public void Directives_applied_to_a_coordinate_the_schema_lacks_are_an_error()
    {
        var builder = SubgraphBuilder.FromCodeFirst(Types()).Key("Port", "code").Shareable("Harbour.size");

        var error = Assert.Throws<GraphQLException>(builder.Build);

        Assert.Equal(
            [
                "Directives are applied to \"Port\", which is not an object or interface type of the schema.",
                "Directives are applied to \"Harbour.size\", which is not a field of an object or interface type of the schema.",
            ],
            error.Errors.Select(e => e.Message));
    }
}
