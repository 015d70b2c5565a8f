using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types.Building;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (graphql-js <c>buildSchema</c>, <c>buildASTSchema</c>,
/// <c>extendSchema</c>). The document is checked with the SDL rules first and the result with
/// <see cref="SchemaValidator"/>; every error found is thrown together in one <see cref="GraphQLException"/>.
/// </summary>
public static partial class SchemaBuilder
{
    public static Schema FromDocument(DocumentNode document, SchemaBuildOptions? options = null)
    {
        options ??= new SchemaBuildOptions();
        if (!options.AssumeValidSdl)
        {
            ThrowIfAny(SdlDocumentValidator.Validate(document, null));
        }

        var schema = SchemaExtender.Build(null, new TypeSystemDocument(document), options);
        if (options.AssumeValid)
        {
            schema.AssumeValid();
        }
        else
        {
            ThrowIfAny(schema.ValidationErrors);
        }

        return schema;
    }

    /// <summary>
    /// A new schema with the document's definitions and extensions added to <paramref name="schema"/>,
    /// which is left unchanged. Resolvers and type resolvers already set are kept.
    /// </summary>
    public static Schema Extend(Schema schema, DocumentNode document, SchemaBuildOptions? options = null)
    {
        options ??= new SchemaBuildOptions();
        var typeSystem = new TypeSystemDocument(document);
        if (typeSystem.IsEmpty)
        {
            return schema;
        }

        if (!options.AssumeValidSdl)
        {
            ThrowIfAny(SdlDocumentValidator.Validate(document, schema));
        }

        var extended = SchemaExtender.Build(schema, typeSystem, options);
        if (options.AssumeValid)
        {
            extended.AssumeValid();
        }
        else
        {
            ThrowIfAny(extended.ValidationErrors);
        }

        return extended;
    }

    private static void ThrowIfAny(IReadOnlyList<GraphQLError> errors)
    {
        if (errors.Count > 0)
        {
            throw new GraphQLException(errors);
        }
    }
}
