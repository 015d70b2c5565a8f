namespace Gateway.Federation.Supergraphs;

/// <summary>A field of an object, interface or input type and the subgraphs that define it.</summary>
public sealed class JoinedField
{
    internal JoinedField(string parentType, string name, IReadOnlyList<FieldInSubgraph> subgraphs)
    {
        ParentType = parentType;
        Name = name;
        Subgraphs = subgraphs;
    }

    public string ParentType { get; }

    public string Name { get; }

    /// <summary>Schema coordinate, <c>Type.field</c>.</summary>
    public string Coordinate => ParentType + "." + Name;

    /// <summary>Every subgraph that defines the field, external or not, in <c>join__Graph</c> order of appearance.</summary>
    public IReadOnlyList<FieldInSubgraph> Subgraphs { get; }

    /// <summary>The subgraphs the planner may fetch the field from (not external, not overridden away).</summary>
    public IEnumerable<FieldInSubgraph> ResolvableIn => Subgraphs.Where(subgraph => subgraph.IsResolvable);

    public FieldInSubgraph? In(string subgraphName)
    {
        foreach (var field in Subgraphs)
        {
            if (field.Subgraph.Name == subgraphName)
            {
                return field;
            }
        }

        return null;
    }
}
