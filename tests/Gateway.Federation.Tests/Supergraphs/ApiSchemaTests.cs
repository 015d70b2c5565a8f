using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.Federation.Tests.Supergraphs;

/// <summary>
/// The API schema, printed, against what <c>@apollo/federation-internals</c> 2.14 prints for the same
/// supergraph (<c>printSchema(Supergraph.build(sdl).apiSchema().toGraphQLJSSchema())</c>, kept in each
/// fixture's <c>api.graphql</c>).
/// </summary>
public sealed class ApiSchemaTests
{
    [Theory]
    [InlineData("store")]
    [InlineData("fed20")]
    [InlineData("fed27")]
    [InlineData("fed1")]
    [InlineData("join-v0.2")]
    public void Prints_as_Apollo_prints_the_API_schema(string folder)
    {
        var supergraph = Fixtures.Read(folder);

        Assert.Equal(Fixtures.Text(folder, "api.graphql"), SchemaPrinter.Print(supergraph.ApiSchema));
    }

    [Fact]
    public void Inaccessible_elements_are_gone_and_spec_elements_too()
    {
        var api = Fixtures.Read("store").ApiSchema;

        Assert.Null(api.GetType("Secret"));
        Assert.Null(api.GetType("join__Graph"));
        Assert.Null(api.GetDirective("join__field"));
        Assert.Null(api.GetDirective("inaccessible"));
        Assert.Null(api.GetDirective("tag"));
        Assert.Null(api.GetDirective("link"));
        var product = (ObjectType)api.GetType("Product")!;
        Assert.Null(product.GetField("internalCode"));
        Assert.Null(product.GetField("secret"));
        Assert.False(api.QueryType!.GetField("topProducts")!.Arguments.ContainsKey("region"));
        Assert.False(((EnumType)api.GetType("Category")!).Values.ContainsKey("HIDDEN"));
        Assert.False(((InputObjectType)api.GetType("ProductFilter")!).Fields.ContainsKey("hint"));
        Assert.Empty(api.ValidationErrors);
    }

    [Fact]
    public void Operations_validate_against_the_API_schema_not_the_supergraph()
    {
        var api = Fixtures.Read("store").ApiSchema;

        Assert.Empty(DocumentValidator.Validate(api, Parser.Parse("{ topProducts(first: 2) { name reviews { body } } }")));
        var error = Assert.Single(DocumentValidator.Validate(api, Parser.Parse("{ topProducts { internalCode } }")));
        Assert.Equal("Cannot query field \"internalCode\" on type \"Product\".", error.Message);
    }
}
