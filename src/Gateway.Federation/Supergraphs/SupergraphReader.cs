using Gateway.GraphQL;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Linking;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Supergraphs;

/// <summary>
/// Reads an Apollo supergraph SDL, as <c>@apollo/composition</c> or <c>rover supergraph compose</c> write it:
/// checks the specs it links, builds the schema with the engine, reads the join metadata (join spec v0.2 to
/// v0.5) and derives the API schema.
/// </summary>
public static class SupergraphReader
{
    /// <summary>
    /// A supergraph is the operator's configuration, not client input, and one composed from many subgraphs runs
    /// past the token limit meant for operations (50 subgraphs of 40 types: about 150,000 tokens).
    /// </summary>
    private static readonly ParserOptions SupergraphParserOptions = new() { MaxTokens = int.MaxValue, MaxDocumentBytes = 64 * 1024 * 1024 };

    public static Supergraph ReadFile(string path) => Read(File.ReadAllText(path), path);

    /// <param name="sdl">The supergraph SDL.</param>
    /// <param name="sourceName">Where the SDL comes from (a file name), for error messages.</param>
    public static Supergraph Read(string sdl, string? sourceName = null)
    {
        try
        {
            return ReadCore(sdl);
        }
        catch (SupergraphException error) when (sourceName is not null)
        {
            throw new SupergraphException($"{sourceName}: {error.Message}", error);
        }
    }

    private static Supergraph ReadCore(string sdl)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(sdl, SupergraphParserOptions);
        }
        catch (SyntaxException error)
        {
            throw new SupergraphException($"The supergraph SDL does not parse: {error.Message}", error);
        }

        var features = ReadLinks(document);
        var join = SupportedFeatures.Check(features);

        Schema schema;
        try
        {
            schema = SchemaBuilder.FromDocument(document);
        }
        catch (GraphQLException error)
        {
            throw new SupergraphException(
                "The supergraph is not a valid GraphQL schema: " + string.Join(" ", error.Errors.Select(e => e.Message)), error);
        }

        var metadata = new JoinMetadataReader(schema, join, features);
        var subgraphs = metadata.ReadGraphs();
        var types = metadata.ReadTypes();
        var apiSchema = ApiSchemaBuilder.Build(document, features);
        return new Supergraph(schema, apiSchema, subgraphs, features, join.Version!.Value, types);
    }

    /// <summary>
    /// The specs the supergraph links. The link directive may itself be renamed, so it is recognised by the URL it
    /// links (link spec v1.0, "Bootstrapping"); a supergraph that links neither the link nor the core spec is not one.
    /// </summary>
    private static List<LinkedFeature> ReadLinks(DocumentNode document)
    {
        var schemaDirectives = LinkReader.SchemaDirectives(document);
        var linkDirective = LinkReader.FindLinkDirectiveName(schemaDirectives)
            ?? throw new SupergraphException(
                "The schema links no specs: a supergraph starts with schema @link(url: \"https://specs.apollo.dev/link/v1.0\") "
                + "and @link(url: \"https://specs.apollo.dev/join/v0.x\", for: EXECUTION). Is this a subgraph schema? "
                + "Compose the subgraphs into a supergraph first (rover supergraph compose or @apollo/composition).");
        var errors = new List<GraphQLError>();
        var features = LinkReader.ReadAll(schemaDirectives, linkDirective, errors);
        if (errors.Count > 0)
        {
            throw new SupergraphException(string.Join(" ", errors));
        }

        return features;
    }
}
