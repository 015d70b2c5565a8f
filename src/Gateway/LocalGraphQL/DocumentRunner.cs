using Gateway.GraphQL;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.LocalGraphQL;

/// <summary>
/// Runs one GraphQL document in-process the way a server would answer it: parse, validate (Spec 5),
/// execute (Spec 6), and shape the response (Spec 7.1). Shared by the CLI verbs and the interop tests,
/// so both exercise the same path.
/// </summary>
public static partial class DocumentRunner
{
    /// <summary>The validation errors of a document; a syntax error counts as one error at its location.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, string documentText)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(documentText);
        }
        catch (SyntaxException error)
        {
            return error.Errors;
        }

        return DocumentValidator.Validate(schema, document);
    }

    /// <summary>
    /// Builds a schema from SDL with the JSON data resolvers (see <see cref="JsonDataResolvers"/>).
    /// Throws <see cref="GraphQLException"/> with every error when the SDL does not parse, build or
    /// validate (Spec 3 type system rules; a syntax error is a <see cref="SyntaxException"/>).
    /// </summary>
    public static Schema BuildSchema(string sdl)
    {
        var schema = SchemaBuilder.FromSdl(sdl);
        return JsonDataResolvers.Apply(schema);
    }
}
