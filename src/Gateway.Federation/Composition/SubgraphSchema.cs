using Gateway.Federation.Supergraphs;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Linking;

namespace Gateway.Federation.Composition;

/// <summary>
/// A subgraph as composition sees it, after <see cref="SubgraphReader"/>: federation directives resolved to their
/// meaning whatever they were imported as, root types renamed to <c>Query</c>/<c>Mutation</c>/<c>Subscription</c>,
/// extensions folded into their types, the federation plumbing (<c>_entities</c>, <c>_Service</c>, ...) removed.
/// </summary>
internal sealed class SubgraphSchema
{
    private readonly Dictionary<string, SubgraphType> _types = new(StringComparer.Ordinal);

    public SubgraphSchema(string name, string url, string graphName)
    {
        Name = name;
        Url = url;
        GraphName = graphName;
    }

    public string Name { get; }

    public string Url { get; }

    /// <summary>The subgraph's value in the <c>join__Graph</c> enum.</summary>
    public string GraphName { get; }

    /// <summary>The federation version linked (2.x), or null for a Federation 1 subgraph (no <c>@link</c>).</summary>
    public SpecVersion? FederationVersion { get; set; }

    public bool IsFederationOne => FederationVersion is null;

    /// <summary>Types in definition order.</summary>
    public List<SubgraphType> Types { get; } = [];

    /// <summary>Directive definitions the subgraph asks to keep in the supergraph (<c>@composeDirective</c>), by name.</summary>
    public Dictionary<string, DirectiveDefinitionNode> ComposedDirectives { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>@link</c>s (outside federation) that import the composed directives: url and imported names.</summary>
    public List<(string Url, string Name)> ComposedDirectiveLinks { get; } = [];

    public SubgraphType? FindType(string name) => _types.GetValueOrDefault(name);

    public void AddType(SubgraphType type)
    {
        _types.Add(type.Name, type);
        Types.Add(type);
    }

    public void RemoveType(SubgraphType type)
    {
        _types.Remove(type.Name);
        Types.Remove(type);
    }
}
