using Gateway.GraphQL.Types;

namespace Gateway.Federation.Supergraphs;

/// <summary>
/// A named type of the supergraph with its join metadata: which subgraphs define it and how (keys,
/// extension, interface object), its fields per subgraph, the interfaces it implements and the union members
/// and enum values per subgraph.
/// </summary>
public sealed class JoinedType
{
    internal JoinedType(
        string name,
        TypeKind kind,
        IReadOnlyList<TypeInSubgraph> subgraphs,
        IReadOnlyDictionary<string, JoinedField> fields,
        IReadOnlyList<SubgraphMember> implements,
        IReadOnlyList<SubgraphMember> unionMembers,
        IReadOnlyDictionary<string, IReadOnlyList<SubgraphInfo>> enumValues)
    {
        Name = name;
        Kind = kind;
        Subgraphs = subgraphs;
        Fields = fields;
        Implements = implements;
        UnionMembers = unionMembers;
        EnumValues = enumValues;
    }

    public string Name { get; }

    public TypeKind Kind { get; }

    /// <summary>The subgraphs that define the type, one entry per subgraph, in the order of the <c>@join__type</c>s.</summary>
    public IReadOnlyList<TypeInSubgraph> Subgraphs { get; }

    /// <summary>Fields (object, interface, input object types), in definition order.</summary>
    public IReadOnlyDictionary<string, JoinedField> Fields { get; }

    /// <summary>Interfaces implemented per subgraph (<c>@join__implements</c>).</summary>
    public IReadOnlyList<SubgraphMember> Implements { get; }

    /// <summary>Union members per subgraph (<c>@join__unionMember</c>, join v0.3+).</summary>
    public IReadOnlyList<SubgraphMember> UnionMembers { get; }

    /// <summary>
    /// Enum values and the subgraphs that define each (<c>@join__enumValue</c>, join v0.3+); a value without
    /// the directive (join v0.2) belongs to every subgraph of the enum.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SubgraphInfo>> EnumValues { get; }

    /// <summary>True when some subgraph defines the type with a key: it is an entity.</summary>
    public bool IsEntity => Subgraphs.Any(subgraph => subgraph.Keys.Count > 0);

    public TypeInSubgraph? In(string subgraphName)
    {
        foreach (var type in Subgraphs)
        {
            if (type.Subgraph.Name == subgraphName)
            {
                return type;
            }
        }

        return null;
    }

    public JoinedField? GetField(string name) => Fields.GetValueOrDefault(name);
}
