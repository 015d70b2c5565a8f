using Gateway.Catalog.Model;
using Gateway.Federated;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.Registry;

/// <summary>
/// The registry's admin API under the reserved root field <c>catalog</c>, answered by the gateway beside the
/// federated API: <c>mutation { catalog { registerSubgraph(...) { ... } removeSubgraph(name:) { ... } } }</c> and
/// <c>{ catalog { supergraphVersion subgraphs { ... } } }</c>. A change goes through <see cref="SubgraphRegistry"/>
/// like one from the command line: composed, stored and swapped, or rejected with every composition error.
/// There is no authentication yet, so <c>gateway serve</c> adds it only when asked (<c>--registry-admin</c>).
/// </summary>
public sealed class CatalogRootField : IGatewayRootField
{
    public const string FieldName = "catalog";

    private const string Types = """
        "The subgraph registry, answered by the gateway itself."
        type CatalogQuery {
          "The newest stored supergraph version (0 when none)."
          supergraphVersion: Int!
          "The registered subgraphs, by name."
          subgraphs: [CatalogSubgraph!]!
        }

        "Changes to the subgraph registry: each composes the supergraph anew."
        type CatalogMutation {
          "Registers a subgraph, or changes the one registered under the name. Without sdl, the subgraph is asked for { _service { sdl } }."
          registerSubgraph(name: String!, url: String!, sdl: String, domain: String, version: String, status: CatalogSubgraphStatus = ACTIVE): CatalogChange!
          "Removes a subgraph from the registry and the supergraph."
          removeSubgraph(name: String!): CatalogChange!
        }

        type CatalogSubgraph {
          name: String!
          url: String!
          ownerDomain: String!
          version: String!
          status: CatalogSubgraphStatus!
        }

        enum CatalogSubgraphStatus { ACTIVE DEPRECATED RETIRED }

        "What a change did: stored (with the supergraph version it produced), or rejected with every error; a rejected change stored nothing."
        type CatalogChange {
          succeeded: Boolean!
          supergraphVersion: Int
          errors: [CatalogCompositionError!]!
          rejection: String
        }

        type CatalogCompositionError {
          code: String!
          message: String!
          subgraphs: [String!]!
          coordinates: [String!]!
          fix: String!
        }
        """;

    private static readonly object Root = new();

    private readonly Func<SubgraphRegistry> _registry;

    /// <param name="registry">The registry the field changes (read when a request comes: the registry itself needs the live supergraph this field is part of).</param>
    public CatalogRootField(Func<SubgraphRegistry> registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
    }

    public string Name => FieldName;

    public Schema Extend(Schema apiSchema)
    {
        ArgumentNullException.ThrowIfNull(apiSchema);
        var query = apiSchema.QueryType?.Name ?? "Query";
        var mutationRoot = apiSchema.MutationType is { } mutation
            ? $"extend type {mutation.Name} {{ catalog: CatalogMutation! }}"
            : "extend schema { mutation: CatalogAdminMutation }\ntype CatalogAdminMutation { catalog: CatalogMutation! }";
        var options = new SchemaBuildOptions()
            .Resolve($"{query}.{FieldName}", static _ => ValueTask.FromResult<object?>(Root))
            .Resolve($"{apiSchema.MutationType?.Name ?? "CatalogAdminMutation"}.{FieldName}", static _ => ValueTask.FromResult<object?>(Root))
            .Resolve("CatalogQuery.supergraphVersion", async context => (int)await _registry().LatestVersionAsync(context.CancellationToken))
            .Resolve("CatalogQuery.subgraphs", async context => Subgraphs(await _registry().ListAsync(context.CancellationToken)))
            .Resolve("CatalogMutation.registerSubgraph", RegisterAsync)
            .Resolve("CatalogMutation.removeSubgraph", async context =>
                Change(await _registry().RemoveAsync(context.Argument<string>("name")!, context.CancellationToken)))
            .EnumValue("CatalogSubgraphStatus.ACTIVE", SubgraphStatus.Active)
            .EnumValue("CatalogSubgraphStatus.DEPRECATED", SubgraphStatus.Deprecated)
            .EnumValue("CatalogSubgraphStatus.RETIRED", SubgraphStatus.Retired);
        return SchemaBuilder.Extend(apiSchema, $"extend type {query} {{ catalog: CatalogQuery! }}\n{mutationRoot}\n{Types}", options);
    }

    private async ValueTask<object?> RegisterAsync(FieldContext context)
    {
        var name = context.Argument<string>("name")!;
        var url = context.Argument<string>("url")!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return Change(RegistryResult.Refused($"url: '{url}' is not an absolute http or https URL."));
        }

        SemanticVersion? version = null;
        if (context.Argument<string>("version") is { } versionText)
        {
            if (!SemanticVersion.TryParse(versionText, out var parsed))
            {
                return Change(RegistryResult.Refused($"version: '{versionText}' is not a semantic version MAJOR.MINOR.PATCH."));
            }

            version = parsed;
        }

        var change = new SubgraphChange(
            name, uri, context.Argument<string>("sdl"), context.Argument<string>("domain"), version, context.Argument("status", SubgraphStatus.Active));
        return Change(await _registry().RegisterAsync(change, context.CancellationToken));
    }

    private static List<Dictionary<string, object?>> Subgraphs(IReadOnlyList<SubgraphRegistration> registrations)
    {
        var subgraphs = new List<Dictionary<string, object?>>(registrations.Count);
        foreach (var registration in registrations)
        {
            subgraphs.Add(new Dictionary<string, object?>
            {
                ["name"] = registration.Name,
                ["url"] = registration.Url.ToString(),
                ["ownerDomain"] = registration.OwnerDomain,
                ["version"] = registration.Version.ToString(),
                ["status"] = registration.Status,
            });
        }

        return subgraphs;
    }

    private static Dictionary<string, object?> Change(RegistryResult result)
    {
        var errors = new List<Dictionary<string, object?>>(result.Errors.Count);
        foreach (var error in result.Errors)
        {
            errors.Add(new Dictionary<string, object?>
            {
                ["code"] = error.Code,
                ["message"] = error.Message,
                ["subgraphs"] = error.Subgraphs,
                ["coordinates"] = error.Coordinates,
                ["fix"] = error.Fix,
            });
        }

        return new Dictionary<string, object?>
        {
            ["succeeded"] = result.Succeeded,
            ["supergraphVersion"] = result.Supergraph is { } stored ? (int?)stored.Version : null,
            ["errors"] = errors,
            ["rejection"] = result.Rejection,
        };
    }
}
