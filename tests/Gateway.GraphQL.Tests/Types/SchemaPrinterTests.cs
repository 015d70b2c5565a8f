using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    private const string Sdl =
        """"
        """
        The schema
        """
        schema { query: Root mutation: Mutation }

        "Marks a field"
        directive @tag(
          "the name"
          name: String!
          weight: Float = 1.0
        ) repeatable on FIELD_DEFINITION | OBJECT

        directive @plain(a: Int, b: [ID] = ["1", "x"]) on ENUM

        """
        Root type.

        With two paragraphs and "quotes"
        """
        type Root implements Node & Named @tag(name: "r") {
          id: ID!
          name: String
          "Search things"
          search(
            "what to find"
            text: String = "a\"b"
            limit: Int = 10
            filter: Filter = {a: ENABLED}
            range: Range = {hi: 2, lo: 1}
          ): [Result!]! @deprecated(reason: "Use find")
          old: Int @deprecated
          find(text: String!, f: Float = 1e3, ids: [ID!] = "7"): Result @deprecated(reason: "No longer supported")
        }

        type Mutation { a: Int }
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name: String }
        union Result = Root | Thing
        type Thing { x: Int }
        enum Status @plain {
          "on"
          ENABLED
          DISABLED @deprecated(reason: """multi
        line""")
        }
        input Filter @oneOf { a: Status b: Int @deprecated(reason: "no") }
        scalar Url @specifiedBy(url: "https://example.com/url")
        "  leading space" scalar Odd
        input Range { lo: Int hi: Int = null }
        """";

    /// <summary>graphql-js 16 <c>printSchema(buildSchema(Sdl))</c>.</summary>
    private const string Expected =
        """"
        """The schema"""
        schema {
          query: Root
          mutation: Mutation
        }

        """Marks a field"""
        directive @tag(
          """the name"""
          name: String!
          weight: Float = 1
        ) repeatable on FIELD_DEFINITION | OBJECT

        directive @plain(a: Int, b: [ID] = [1, "x"]) on ENUM

        """
        Root type.

        With two paragraphs and "quotes"
        """
        type Root implements Node & Named {
          id: ID!
          name: String

          """Search things"""
          search(
            """what to find"""
            text: String = "a\"b"
            limit: Int = 10
            filter: Filter = {a: ENABLED}
            range: Range = {lo: 1, hi: 2}
          ): [Result!]! @deprecated(reason: "Use find")
          old: Int @deprecated
          find(text: String!, f: Float = 1000, ids: [ID!] = [7]): Result @deprecated
        }

        type Mutation {
          a: Int
        }

        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name: String
        }

        union Result = Root | Thing

        type Thing {
          x: Int
        }

        enum Status {
          """on"""
          ENABLED
          DISABLED @deprecated(reason: "multi\nline")
        }

        input Filter @oneOf {
          a: Status
          b: Int @deprecated(reason: "no")
        }

        scalar Url @specifiedBy(url: "https://example.com/url")

        """  leading space"""
        scalar Odd

        input Range {
          lo: Int
          hi: Int = null
        }
        """";

    [Fact]
    public void Prints_what_graphql_js_printSchema_prints() =>
        Assert.Equal(Expected, SchemaPrinter.Print(SchemaBuilder.FromSdl(Sdl)));

    [Fact]
    public void Printed_sdl_builds_an_equivalent_schema()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(Sdl));
        var rebuilt = SchemaBuilder.FromSdl(printed);

        Assert.Equal(printed, SchemaPrinter.Print(rebuilt));
        Assert.Equal("Root", rebuilt.QueryType!.Name);
        Assert.Equal("The schema", rebuilt.Description);
    }

    [Fact]
    public void Omits_the_schema_block_for_default_root_names()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int }");
        Assert.Equal("type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_descriptions_that_cannot_be_block_strings_as_quoted_strings()
    {
        var schema = SchemaBuilder.FromSdl("type Query { \"tab\\u0001here\" a: Int }");
        Assert.Equal("type Query {\n  \"tab\\u0001here\"\n  a: Int\n}", SchemaPrinter.Print(schema));
    }
}
