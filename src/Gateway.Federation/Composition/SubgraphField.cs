using Gateway.GraphQL.Language;

namespace Gateway.Federation.Composition;

/// <summary>A field (or input field) of a type in one subgraph, its federation directives read.</summary>
internal sealed class SubgraphField
{
    public SubgraphField(string name, TypeNode type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public TypeNode Type { get; }

    public string? Description { get; set; }

    public List<SubgraphInputValue> Arguments { get; } = [];

    /// <summary>An input field's default value.</summary>
    public ValueNode? DefaultValue { get; set; }

    public bool IsExternal { get; set; }

    public bool IsShareable { get; set; }

    public bool IsInaccessible { get; set; }

    public string? Requires { get; set; }

    public string? Provides { get; set; }

    public string? OverrideFrom { get; set; }

    public string? OverrideLabel { get; set; }

    /// <summary>The reason of <c>@deprecated</c>, or null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>Directives kept in the supergraph besides <c>@inaccessible</c> and <c>@deprecated</c>.</summary>
    public List<DirectiveNode> Directives { get; } = [];

    /// <summary>A key, <c>@requires</c> or <c>@provides</c> of the subgraph selects the field.</summary>
    public bool IsUsedInFieldSet { get; set; }

    /// <summary>Selected by a <c>@provides</c> of the subgraph: an external field the subgraph can still resolve on that path.</summary>
    public bool IsProvided { get; set; }

    /// <summary>Selected, at any depth, by a key of the subgraph: implicitly shareable (federation docs, "@shareable").</summary>
    public bool IsKeyField { get; set; }

    public SubgraphInputValue? FindArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }
}
