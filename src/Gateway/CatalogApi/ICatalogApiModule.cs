using Gateway.GraphQL.Types;

namespace Gateway.CatalogApi;

/// <summary>
/// One part of the catalog API under the reserved root field <c>catalog</c> (products, search, access grants,
/// the subgraph registry...). Each part brings its SDL (new types, and <c>extend type CatalogQuery</c> /
/// <c>extend type CatalogMutation</c> with its fields) and the resolvers of its fields; the catalog root field
/// puts the parts together, so a part is added without editing the others.
/// </summary>
public interface ICatalogApiModule
{
    /// <summary>The part's SDL: its types, and extensions of <c>CatalogQuery</c> and <c>CatalogMutation</c>.</summary>
    string Sdl { get; }

    /// <summary>Adds the resolvers (and enum values) of the part's fields.</summary>
    void Configure(SchemaBuildOptions options);
}
