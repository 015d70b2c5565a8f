using Gateway.GraphQL.Types;

namespace Gateway.Subgraph;

/// <summary>
/// A federation subgraph built by <see cref="SubgraphBuilder"/>: the executable schema, with the
/// federation additions (<c>_service</c>, <c>_entities</c>, <c>_Any</c>, <c>_Entity</c>, the federation
/// directives), and the SDL that <c>_service { sdl }</c> answers.
/// </summary>
public sealed class Subgraph
{
    internal Subgraph(Schema schema, string sdl, string federationVersion, IReadOnlyList<string> entityTypes)
    {
        Schema = schema;
        Sdl = sdl;
        FederationVersion = federationVersion;
        EntityTypes = entityTypes;
    }

    /// <summary>The schema the subgraph serves.</summary>
    public Schema Schema { get; }

    /// <summary>What <c>_service { sdl }</c> answers: the subgraph's SDL as its author wrote it, without the generated additions.</summary>
    public string Sdl { get; }

    /// <summary>The federation spec version the SDL links, e.g. <c>2.3</c>, or <c>1</c> for a schema without <c>@link</c>.</summary>
    public string FederationVersion { get; }

    /// <summary>The types with a resolvable <c>@key</c>, which <c>_entities</c> resolves.</summary>
    public IReadOnlyList<string> EntityTypes { get; }
}
