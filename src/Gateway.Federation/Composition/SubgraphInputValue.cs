using Gateway.GraphQL.Language;

namespace Gateway.Federation.Composition;

/// <summary>An argument of a field in one subgraph.</summary>
internal sealed class SubgraphInputValue
{
    public SubgraphInputValue(string name, TypeNode type, ValueNode? defaultValue)
    {
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
    }

    public string Name { get; }

    public TypeNode Type { get; }

    public ValueNode? DefaultValue { get; }

    public string? Description { get; set; }

    public bool IsInaccessible { get; set; }

    public string? DeprecationReason { get; set; }

    public List<DirectiveNode> Directives { get; } = [];
}
