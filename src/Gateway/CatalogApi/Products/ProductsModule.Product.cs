using Gateway.Catalog.Model;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.CatalogApi.Products;

/// <summary>The resolvers of <c>CatalogProduct</c>'s own fields, its team and its deprecation.</summary>
public sealed partial class ProductsModule
{
    private void ConfigureProduct(SchemaBuildOptions options) => options
        .Resolve("CatalogProduct.urn", static context => ValueTask.FromResult<object?>(Product(context).Urn.ToString()))
        .Resolve("CatalogProduct.currentVersion", static context => ValueTask.FromResult<object?>(Product(context).CurrentVersion.ToString()))
        .Resolve("CatalogProduct.teamName", static context => ValueTask.FromResult<object?>(Product(context).Team))
        .Resolve("CatalogProduct.team", TeamAsync)
        .Resolve("CatalogDeprecation.sunset", static context => ValueTask.FromResult<object?>(((Deprecation)context.Source!).SunsetDate))
        .Resolve("CatalogDeprecation.successorUrn", static context => ValueTask.FromResult<object?>(((Deprecation)context.Source!).Successor?.ToString()))
        .Resolve("CatalogDeprecation.successor", async context =>
            ((Deprecation)context.Source!).Successor is { } successor ? await ProductLoader(context).LoadAsync(successor) : null);

    private static DataProduct Product(FieldContext context) => (DataProduct)context.Source!;

    private async ValueTask<object?> TeamAsync(FieldContext context)
    {
        if (Product(context).Team is not { } name)
        {
            return null;
        }

        // Products of one team share its lookup within a request; the store reads teams one at a time.
        var teams = context.DataLoaders.GetOrAdd<string, Team>("catalog.teams", async (names, cancellationToken) =>
        {
            var found = new Dictionary<string, Team>(names.Count, StringComparer.Ordinal);
            foreach (var teamName in names)
            {
                if (await _store.GetTeamAsync(teamName, cancellationToken) is { } team)
                {
                    found[teamName] = team;
                }
            }

            return found;
        });
        return await teams.LoadAsync(name);
    }
}
