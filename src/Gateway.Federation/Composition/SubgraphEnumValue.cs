using Gateway.GraphQL.Language;

namespace Gateway.Federation.Composition;

/// <summary>A value of an enum in one subgraph.</summary>
internal sealed class SubgraphEnumValue
{
    public SubgraphEnumValue(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public string? Description { get; set; }

    public bool IsInaccessible { get; set; }

    public string? DeprecationReason { get; set; }

    public List<DirectiveNode> Directives { get; } = [];
}
