using Gateway.GraphQL.Language;
using Gateway.GraphQL.Linking;

namespace Gateway.GraphQL.Tests.Linking;

public sealed class LinkReaderTests
{
    private static (List<LinkedFeature> Features, List<GraphQLError> Errors) Read(string sdl)
    {
        var directives = LinkReader.SchemaDirectives(Parser.Parse(sdl));
        var errors = new List<GraphQLError>();
        var linkDirective = LinkReader.FindLinkDirectiveName(directives) ?? LinkReader.DefaultDirectiveName;
        return (LinkReader.ReadAll(directives, linkDirective, errors), errors);
    }

    private static LinkedFeature ReadOnly(string sdl)
    {
        var (features, errors) = Read(sdl);
        Assert.Empty(errors);
        return Assert.Single(features);
    }

    private static GraphQLError SingleError(string sdl) => Assert.Single(Read(sdl).Errors);

    [Fact]
    public void A_url_splits_into_identity_name_and_version()
    {
        var feature = ReadOnly("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.9\")");

        Assert.Equal("https://specs.apollo.dev/federation/v2.9", feature.Url);
        Assert.Equal("https://specs.apollo.dev/federation", feature.Identity);
        Assert.Equal("federation", feature.Name);
        Assert.Equal(new SpecVersion(2, 9), feature.Version);
        Assert.Null(feature.Purpose);
    }

    [Fact]
    public void A_url_without_a_version_is_its_own_identity()
    {
        var feature = ReadOnly("extend schema @link(url: \"https://example.com/specs/audit\")");

        Assert.Null(feature.Version);
        Assert.Equal("https://example.com/specs/audit", feature.Identity);
        Assert.Equal("audit", feature.Name);
    }

    [Fact]
    public void Elements_that_are_not_imported_are_prefixed_with_the_spec_name()
    {
        var feature = ReadOnly("extend schema @link(url: \"https://specs.apollo.dev/join/v0.5\", for: EXECUTION)");

        Assert.Equal("join", feature.Prefix);
        Assert.Equal("EXECUTION", feature.Purpose);
        Assert.Equal("join__field", feature.DirectiveName("field"));
        Assert.Equal("join__Graph", feature.TypeName("Graph"));
        Assert.Equal("join", feature.DirectiveName("join"));
    }

    [Fact]
    public void As_renames_the_namespace()
    {
        var feature = ReadOnly("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", as: \"fed\")");

        Assert.Equal("fed", feature.Prefix);
        Assert.Equal("fed__key", feature.DirectiveName("key"));
        Assert.Equal("fed__FieldSet", feature.TypeName("FieldSet"));
        Assert.Equal("key", feature.SpecNameOf("fed__key", isDirective: true));
        Assert.Null(feature.SpecNameOf("federation__key", isDirective: true));
    }

    [Fact]
    public void Imported_directives_keep_their_at_and_types_have_none()
    {
        var feature = ReadOnly("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"FieldSet\"])");

        Assert.Equal("key", feature.DirectiveName("key"));
        Assert.Equal("FieldSet", feature.TypeName("FieldSet"));
        Assert.Equal("federation__shareable", feature.DirectiveName("shareable"));
        Assert.True(feature.Owns("key", isDirective: true));
        Assert.True(feature.Owns("FieldSet", isDirective: false));
        Assert.False(feature.Owns("key", isDirective: false));
        Assert.False(feature.Owns("User", isDirective: false));
    }

    [Fact]
    public void Imports_with_as_are_named_by_their_rename()
    {
        var feature = ReadOnly("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3",
              import: [{ name: "@key", as: "@primaryKey" }, { name: "FieldSet", as: "Fields" }])
            """);

        Assert.Equal("primaryKey", feature.DirectiveName("key"));
        Assert.Equal("Fields", feature.TypeName("FieldSet"));
        Assert.Equal("key", feature.SpecNameOf("primaryKey", isDirective: true));
        Assert.Equal("FieldSet", feature.SpecNameOf("Fields", isDirective: false));
        Assert.Null(feature.SpecNameOf("key", isDirective: true));
        Assert.Equal(["@key", "FieldSet"], feature.ImportList.Select(import => import.Name));
    }

    [Fact]
    public void A_single_import_stands_for_a_list_of_one()
    {
        var feature = ReadOnly("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: \"@key\")");

        Assert.Equal("key", feature.DirectiveName("key"));
    }

    [Fact]
    public void A_renamed_link_directive_is_found_by_the_link_spec_url()
    {
        var (features, errors) = Read("""
            schema
              @linked(url: "https://specs.apollo.dev/link/v1.0", as: "linked")
              @linked(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION)
              @link(url: "https://specs.apollo.dev/tag/v0.3")
            { query: Query }
            """);

        Assert.Empty(errors);
        Assert.Equal(["link", "join"], features.Select(feature => feature.Name));
    }

    [Fact]
    public void Core_spec_links_read_the_feature_argument()
    {
        var (features, errors) = Read("""
            schema
              @core(feature: "https://specs.apollo.dev/core/v0.2")
              @core(feature: "https://specs.apollo.dev/join/v0.1", for: EXECUTION)
            { query: Query }
            """);

        Assert.Empty(errors);
        Assert.Equal([new SpecVersion(0, 2), new SpecVersion(0, 1)], features.Select(feature => feature.Version!.Value));
    }

    [Fact]
    public void Links_on_the_schema_definition_and_its_extensions_are_read_in_document_order()
    {
        var (features, _) = Read("""
            schema @link(url: "https://specs.apollo.dev/link/v1.0") { query: Query }
            type Query { a: Int }
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.0")
            """);

        Assert.Equal(["link", "federation"], features.Select(feature => feature.Name));
    }

    [Fact]
    public void A_link_without_a_url_is_an_error_at_the_directive()
    {
        var error = SingleError("extend schema\n  @link(as: \"fed\")");

        Assert.Equal("@link has no url: every @link names the spec it links, e.g. @link(url: \"https://specs.apollo.dev/federation/v2.9\").", error.Message);
        Assert.Equal([new SourceLocation(2, 3)], error.Locations);
    }

    [Fact]
    public void A_url_that_is_not_a_string_is_an_error_at_the_value()
    {
        var error = SingleError("extend schema @link(url: 2)");

        Assert.Equal("@link(url:) must be a string, not 2.", error.Message);
        Assert.Equal([new SourceLocation(1, 26)], error.Locations);
    }

    [Theory]
    [InlineData("federation/v2.3")]
    [InlineData("specs.apollo.dev/federation/v2.3")]
    [InlineData("ftp://specs.apollo.dev/federation/v2.3")]
    public void A_url_that_is_not_an_absolute_http_url_is_an_error_at_the_value(string url)
    {
        var (features, errors) = Read($"extend schema @link(url: \"{url}\")");

        Assert.Empty(features);
        var error = Assert.Single(errors);
        Assert.Equal(
            $"@link(url: \"{url}\") is not a spec URL: write an absolute http(s) URL ending in the spec's name and version, e.g. \"https://specs.apollo.dev/federation/v2.9\".",
            error.Message);
        Assert.Equal([new SourceLocation(1, 26)], error.Locations);
    }

    [Fact]
    public void An_import_that_is_neither_a_name_nor_an_object_with_one_is_an_error_at_the_import()
    {
        var (features, errors) = Read("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3",
              import: ["@key", 3, { as: "@x" }])
            """);

        Assert.Equal(
            [("An @link import is a string such as \"@key\" or an object { name: \"@key\", as: \"@primaryKey\" }.", new SourceLocation(2, 20)),
             ("An @link import is a string such as \"@key\" or an object { name: \"@key\", as: \"@primaryKey\" }.", new SourceLocation(2, 23))],
            errors.Select(error => (error.Message, error.Locations.Single())));
        Assert.Equal(["@key"], Assert.Single(features).ImportList.Select(import => import.Name));
    }

    [Fact]
    public void Renaming_a_directive_to_a_type_name_is_an_error_and_the_import_is_left_out()
    {
        var (features, errors) = Read("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3",
              import: [{ name: "@key", as: "primaryKey" }])
            """);

        var error = Assert.Single(errors);
        Assert.Equal("The import of @key is renamed to \"primaryKey\"; a directive keeps its \"@\" and a type has none.", error.Message);
        Assert.Equal([new SourceLocation(2, 12)], error.Locations);
        Assert.Equal("federation__key", Assert.Single(features).DirectiveName("key"));
    }

    [Fact]
    public void As_and_for_of_the_wrong_kind_are_errors_and_the_defaults_apply()
    {
        var (features, errors) = Read("extend schema @link(url: \"https://specs.apollo.dev/join/v0.3\", as: JOIN, for: \"EXECUTION\")");

        Assert.Equal(
            ["@link(as:) must be a string, not JOIN.", "@link(for:) must be an enum value such as EXECUTION or SECURITY, not \"EXECUTION\"."],
            errors.Select(error => error.Message));
        var feature = Assert.Single(features);
        Assert.Equal("join", feature.Prefix);
        Assert.Null(feature.Purpose);
    }

    [Fact]
    public void The_link_directive_name_is_null_when_the_schema_does_not_link_the_link_spec()
    {
        var directives = LinkReader.SchemaDirectives(Parser.Parse("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\")"));

        Assert.Null(LinkReader.FindLinkDirectiveName(directives));
    }
}
