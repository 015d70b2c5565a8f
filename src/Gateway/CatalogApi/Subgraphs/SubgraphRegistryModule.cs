using Gateway.Catalog.Model;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Gateway.Registry;

namespace Gateway.CatalogApi.Subgraphs;

/// <summary>
/// The subgraph registry in the catalog API: <c>{ catalog { supergraphVersion subgraphs { ... } } }</c>, and with
/// <c>admin</c> the changes <c>mutation { catalog { registerSubgraph(...) removeSubgraph(name:) } }</c>. A change goes
/// through <see cref="SubgraphRegistry"/> like one from the command line: composed, stored and swapped, or
/// rejected with every composition error. Changes are served only when asked (<c>gateway serve --registry-admin</c>).
/// </summary>
public sealed class SubgraphRegistryModule : ICatalogApiModule
{
    private const string QuerySdl = """
        extend type CatalogQuery {
          "The newest stored supergraph version (0 when none)."
          supergraphVersion: Int!
          "The registered subgraphs, by name."
          subgraphs: [CatalogSubgraph!]!
        }

        "A subgraph in the registry: where it is served, which domain owns it, and its state."
        type CatalogSubgraph {
          "The subgraph's name in the supergraph."
          name: String!
          "Where the gateway sends the subgraph's fetches."
          url: String!
          "The domain that owns the subgraph."
          ownerDomain: String!
          "The version of the data product the subgraph serves (MAJOR.MINOR.PATCH)."
          version: String!
          "Whether the subgraph is served, deprecated or retired."
          status: CatalogSubgraphStatus!
        }

        "Where a registered subgraph is in its life."
        enum CatalogSubgraphStatus {
          "Served in the supergraph."
          ACTIVE
          "Served, but its consumers should move away."
          DEPRECATED
          "No longer served."
          RETIRED
        }
        """;

    private const string MutationSdl = """
        extend type CatalogMutation {
          "Registers a subgraph, or changes the one registered under the name. Without sdl, the subgraph is asked for { _service { sdl } }."
          registerSubgraph(name: String!, url: String!, sdl: String, domain: String, version: String, status: CatalogSubgraphStatus = ACTIVE): CatalogChange!
          "Removes a subgraph from the registry and the supergraph."
          removeSubgraph(name: String!): CatalogChange!
        }

        "What a registry change did: stored (with the supergraph version it produced), or rejected with every error; a rejected change stored nothing."
        type CatalogChange {
          "Whether the change was stored and the supergraph swapped."
          succeeded: Boolean!
          "The supergraph version the change produced; null when rejected."
          supergraphVersion: Int
          "Every composition error of the rejected supergraph."
          errors: [CatalogCompositionError!]!
          "Why the change was refused before composing (a bad URL, an unknown name); null otherwise."
          rejection: String
        }

        """;

    private readonly Func<SubgraphRegistry> _registry;
    private readonly bool _admin;
    private readonly CatalogChangeRoles? _roles;

    /// <param name="registry">The registry (read when a request comes: the registry itself needs the live supergraph this API is part of).</param>
    /// <param name="admin">Whether the registry's changes are served too.</param>
    /// <param name="roles">With identity: the changes then need the admin role; no checks when null.</param>
    public SubgraphRegistryModule(Func<SubgraphRegistry> registry, bool admin, CatalogChangeRoles? roles = null)
    {
        _roles = roles;
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _admin = admin;
    }

    public string Sdl => _admin ? QuerySdl + "\n" + MutationSdl : QuerySdl;

    public void Configure(SchemaBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options
            .Resolve("CatalogQuery.supergraphVersion", async context => (int)await _registry().LatestVersionAsync(context.CancellationToken))
            .Resolve("CatalogQuery.subgraphs", async context => Subgraphs(await _registry().ListAsync(context.CancellationToken)))
            .EnumValue("CatalogSubgraphStatus.ACTIVE", SubgraphStatus.Active)
            .EnumValue("CatalogSubgraphStatus.DEPRECATED", SubgraphStatus.Deprecated)
            .EnumValue("CatalogSubgraphStatus.RETIRED", SubgraphStatus.Retired);
        if (_admin)
        {
            options
                .Resolve("CatalogMutation.registerSubgraph", RegisterAsync)
                .Resolve("CatalogMutation.removeSubgraph", async context =>
                {
                    await RequireAdminAsync(context);
                    return Change(await _registry().RemoveAsync(context.Argument<string>("name")!, context.CancellationToken));
                });
        }
    }

    private async ValueTask RequireAdminAsync(FieldContext context)
    {
        if (_roles is not null)
        {
            await _roles.AdminAsync(context);
        }
    }

    private async ValueTask<object?> RegisterAsync(FieldContext context)
    {
        await RequireAdminAsync(context);
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
        return new Dictionary<string, object?>
        {
            ["succeeded"] = result.Succeeded,
            ["supergraphVersion"] = result.Supergraph is { } stored ? (int?)stored.Version : null,
            ["errors"] = CompositionErrorValues.From(result.Errors),
            ["rejection"] = result.Rejection,
        };
    }
}
