using Gateway.GraphQL.Language;

namespace Gateway.Federation.Composition;

/// <summary>
/// Compares the types subgraphs give the same field or argument. An output field takes the most general type the
/// subgraphs agree on (a nullable type covers its non-null form; an interface or union covers its implementations
/// and members); an argument or input field takes the most restrictive (federation docs, "Merging types", "Fields").
/// </summary>
internal sealed class TypeReferences
{
    private readonly Dictionary<string, HashSet<string>> _subtypes = new(StringComparer.Ordinal);

    public TypeReferences(IReadOnlyList<SubgraphSchema> subgraphs)
    {
        foreach (var subgraph in subgraphs)
        {
            foreach (var type in subgraph.Types)
            {
                foreach (var implemented in type.Interfaces)
                {
                    SubtypesOf(implemented).Add(type.Name);
                }

                foreach (var member in type.UnionMembers)
                {
                    SubtypesOf(type.Name).Add(member);
                }
            }
        }
    }

    private HashSet<string> SubtypesOf(string name)
    {
        if (!_subtypes.TryGetValue(name, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _subtypes[name] = set;
        }

        return set;
    }

    public static bool AreSame(TypeNode a, TypeNode b) => (a, b) switch
    {
        (NonNullTypeNode x, NonNullTypeNode y) => AreSame(x.Type, y.Type),
        (ListTypeNode x, ListTypeNode y) => AreSame(x.Type, y.Type),
        (NamedTypeNode x, NamedTypeNode y) => x.Name.Value == y.Name.Value,
        _ => false,
    };

    /// <summary>True when every value of <paramref name="sub"/> is a value of <paramref name="super"/>.</summary>
    public bool IsSubtype(TypeNode super, TypeNode sub) => (super, sub) switch
    {
        (NonNullTypeNode x, NonNullTypeNode y) => IsSubtype(x.Type, y.Type),
        (NonNullTypeNode, _) => false,
        (_, NonNullTypeNode y) => IsSubtype(super, y.Type),
        (ListTypeNode x, ListTypeNode y) => IsSubtype(x.Type, y.Type),
        (NamedTypeNode x, NamedTypeNode y) => x.Name.Value == y.Name.Value
            || (_subtypes.TryGetValue(x.Name.Value, out var subtypes) && subtypes.Contains(y.Name.Value)),
        _ => false,
    };

    /// <summary>Merges the types of an element in several subgraphs; null when no single type fits them all.</summary>
    public TypeNode? Merge(IReadOnlyList<TypeNode> types, bool isInput, out bool allEqual)
    {
        allEqual = true;
        var merged = types[0];
        for (var i = 1; i < types.Count; i++)
        {
            var next = types[i];
            if (AreSame(merged, next))
            {
                continue;
            }

            allEqual = false;
            if (IsSubtype(merged, next))
            {
                if (isInput)
                {
                    merged = next;
                }
            }
            else if (IsSubtype(next, merged))
            {
                if (!isInput)
                {
                    merged = next;
                }
            }
            else
            {
                return null;
            }
        }

        return merged;
    }
}
