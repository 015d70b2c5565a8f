using Gateway.Federated;
using Gateway.Federation.Composition;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.CatalogApi;

/// <summary>
/// The catalog API under the reserved root field <c>catalog</c>, put together from <see cref="ICatalogApiModule"/>
/// parts: this core defines the <c>CatalogQuery</c> and <c>CatalogMutation</c> objects and the types every part
/// may use (<c>CatalogPageInfo</c>, <c>CatalogCompositionError</c>, <c>CatalogDate</c>, <c>CatalogDateTime</c>); each part extends them with its fields.
/// <c>Mutation.catalog</c> exists only when a part adds a mutation, so a gateway that passes only read parts
/// serves a read-only catalog. Every type is named <c>Catalog...</c>: the API sits in the supergraph's API schema
/// beside the subgraphs' types (the sample sales domain has its own <c>Product</c>).
/// </summary>
public sealed class CatalogApiField : IGatewayRootField
{
    public const string FieldName = "catalog";

    /// <summary>
    /// The names this API takes in the served schema: the root field and every type named <c>Catalog…</c> (the
    /// prefix, not today's list, so that a part added later cannot clash with a supergraph that composed before).
    /// The registry and the publisher compose with these, since what they store is served with this API.
    /// </summary>
    public static ReservedNames ReservedNames { get; } = new("its catalog API", [FieldName], ["Catalog"]);

    private const string CoreSdl = """
        "The data product catalog: products, their documents, lineage and glossary, and the subgraph registry, answered by the gateway itself."
        type CatalogQuery

        "Relay cursor connection paging information (https://relay.dev/graphql/connections.htm)."
        type CatalogPageInfo {
          "Whether more items follow the last edge."
          hasNextPage: Boolean!
          "Whether items precede the first edge. Paging runs forward only, so this is true exactly when the page was asked with after."
          hasPreviousPage: Boolean!
          "The cursor of the first edge; null for an empty page."
          startCursor: String
          "The cursor of the last edge: pass it as after to read the next page; null for an empty page."
          endCursor: String
        }

        "A composition error: what broke the supergraph, in which subgraphs, and how to fix it."
        type CatalogCompositionError {
          "The error code (Apollo Federation's codes, e.g. INVALID_FIELD_SHARING)."
          code: String!
          "What is wrong."
          message: String!
          "The subgraphs involved."
          subgraphs: [String!]!
          "The schema coordinates involved (Type.field)."
          coordinates: [String!]!
          "How to fix it."
          fix: String!
        }

        "A calendar date, written as in RFC 3339 (full-date): 2027-06-30."
        scalar CatalogDate @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339#section-5.6")

        "A point in time in UTC, written as in RFC 3339 (date-time): 2026-11-21T10:30:00.0000000Z."
        scalar CatalogDateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339#section-5.6")
        """;

    private const string QueryField = "\"The data product catalog, answered by the gateway itself (in an operation of its own, without subgraph fields).\"\n" + FieldName + ": CatalogQuery!";

    private const string MutationField = "\"Changes to the data product catalog, answered by the gateway itself (in an operation of its own).\"\n" + FieldName + ": CatalogMutation!";

    // Only with a mutation part: an object type needs a field (Spec 3.6 Type Validation).
    private const string MutationSdl = """
        "Changes to the catalog: each answers a payload that says what happened and why, rather than failing the request."
        type CatalogMutation
        """;

    private static readonly object Root = new();

    private readonly IReadOnlyList<ICatalogApiModule> _modules;
    private readonly bool _hasMutations;

    /// <param name="modules">The parts of the API; each adds its types and fields.</param>
    public CatalogApiField(IReadOnlyList<ICatalogApiModule> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        _modules = modules;
        foreach (var module in modules)
        {
            _hasMutations |= ExtendsMutation(Parser.Parse(module.Sdl));
        }
    }

    public string Name => FieldName;

    /// <summary>Whether some part adds a mutation, so that <c>Mutation.catalog</c> is served.</summary>
    public bool HasMutations => _hasMutations;

    public Schema Extend(Schema apiSchema)
    {
        ArgumentNullException.ThrowIfNull(apiSchema);
        var query = apiSchema.QueryType?.Name ?? "Query";
        var roots = $"extend type {query} {{ {QueryField} }}\n";
        var options = Options().Resolve($"{query}.{FieldName}", static _ => ValueTask.FromResult<object?>(Root));
        if (_hasMutations)
        {
            var mutation = apiSchema.MutationType?.Name ?? "CatalogAdminMutation";
            roots += apiSchema.MutationType is null
                ? $"extend schema {{ mutation: {mutation} }}\n\"Changes the gateway answers itself.\"\ntype {mutation} {{ {MutationField} }}\n"
                : $"extend type {mutation} {{ {MutationField} }}\n";
            options.Resolve($"{mutation}.{FieldName}", static _ => ValueTask.FromResult<object?>(Root));
        }

        return SchemaBuilder.Extend(apiSchema, roots + Sdl(), options);
    }

    /// <summary>
    /// The catalog API on its own: <c>Query.catalog</c> (and <c>Mutation.catalog</c> when a part adds a mutation)
    /// and every type of the parts, as <c>schema/catalog.graphql</c> holds it.
    /// </summary>
    public Schema BuildStandalone()
    {
        var roots = _hasMutations
            ? $"type Query {{ {QueryField} }}\ntype Mutation {{ {MutationField} }}\n"
            : $"type Query {{ {QueryField} }}\n";
        var options = Options()
            .Resolve($"Query.{FieldName}", static _ => ValueTask.FromResult<object?>(Root))
            .Resolve($"Mutation.{FieldName}", static _ => ValueTask.FromResult<object?>(Root));
        return SchemaBuilder.FromSdl(roots + Sdl(), options);
    }

    /// <summary>The SDL text of <see cref="BuildStandalone"/>, printed (what <c>gateway catalog schema</c> writes).</summary>
    public string PrintSdl() => SchemaPrinter.Print(BuildStandalone());

    private string Sdl()
    {
        var sdl = new System.Text.StringBuilder(CoreSdl);
        if (_hasMutations)
        {
            sdl.Append('\n').Append(MutationSdl);
        }

        foreach (var module in _modules)
        {
            sdl.Append('\n').Append(module.Sdl);
        }

        return sdl.ToString();
    }

    private SchemaBuildOptions Options()
    {
        var options = new SchemaBuildOptions().AddScalar(new CatalogDateType()).AddScalar(new CatalogDateTimeType());
        foreach (var module in _modules)
        {
            module.Configure(options);
        }

        return options;
    }

    private static bool ExtendsMutation(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is ObjectTypeExtensionNode { Name.Value: "CatalogMutation" })
            {
                return true;
            }
        }

        return false;
    }
}
