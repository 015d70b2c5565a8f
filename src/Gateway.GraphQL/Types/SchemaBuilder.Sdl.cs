using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>Building from SDL text.</summary>
public static partial class SchemaBuilder
{
    /// <summary>Parses <paramref name="sdl"/> and builds the schema it describes (graphql-js <c>buildSchema</c>).</summary>
    public static Schema FromSdl(string sdl, SchemaBuildOptions? options = null) =>
        FromDocument(Parser.Parse(sdl), options);

    /// <summary>Parses <paramref name="sdl"/> and extends <paramref name="schema"/> with it.</summary>
    public static Schema Extend(Schema schema, string sdl, SchemaBuildOptions? options = null) =>
        Extend(schema, Parser.Parse(sdl), options);
}
