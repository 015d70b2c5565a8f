using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition;

/// <summary>
/// Reads a Federation 1 subgraph the way Federation 2 composition does (Apollo, "Moving to Federation 2": a Fed 1
/// subgraph composes as if upgraded): type extensions become definitions, key fields of an extension are not
/// external, <c>@external</c> fields no field set uses are dropped, keys on interfaces and <c>@provides</c> on
/// leaf fields are ignored, and every field may be resolved by several subgraphs (Fed 1 had no <c>@shareable</c>).
/// </summary>
internal static class FederationOneUpgrade
{
    public static void Apply(SubgraphSchema subgraph, IReadOnlyList<SubgraphSchema> all)
    {
        var emptied = new List<SubgraphType>();
        foreach (var type in subgraph.Types)
        {
            if (type.Kind is not (TypeKind.Object or TypeKind.Interface))
            {
                type.IsExtension = false;
                continue;
            }

            if (type.IsExtension || type.HasExtendsDirective)
            {
                UnmarkExternalKeyFields(subgraph, type, all);
            }

            type.IsExtension = false;
            for (var i = 0; i < type.Keys.Count; i++)
            {
                type.Keys[i] = type.Keys[i] with { FromExtension = false };
            }

            if (type.Kind == TypeKind.Interface)
            {
                type.Keys.Clear();
                foreach (var field in type.Fields)
                {
                    field.Requires = null;
                    field.Provides = null;
                }
            }

            foreach (var field in type.Fields.ToArray())
            {
                if (field.Provides is not null && subgraph.FindType(FieldSets.NamedTypeOf(field.Type))?.Kind is not (TypeKind.Object or TypeKind.Interface or TypeKind.Union))
                {
                    field.Provides = null;
                }

                if (field.IsExternal && !field.IsUsedInFieldSet)
                {
                    type.RemoveField(field);
                    if (type.Fields.Count == 0)
                    {
                        emptied.Add(type);
                    }
                }

                field.IsShareable = true;
            }
        }

        // A type left with no field only held unused externals.
        foreach (var type in emptied)
        {
            subgraph.RemoveType(type);
        }
    }

    /// <summary>
    /// Fed 1 treats the key fields of an extension as owned by the subgraph; an extension without a key, the fields
    /// of the first key another subgraph declares.
    /// </summary>
    private static void UnmarkExternalKeyFields(SubgraphSchema subgraph, SubgraphType type, IReadOnlyList<SubgraphSchema> all)
    {
        if (type.Keys.Count > 0)
        {
            foreach (var key in type.Keys)
            {
                FieldSets.Visit(subgraph, type, key.Selection, (parent, field) =>
                {
                    if (parent == type)
                    {
                        field.IsExternal = false;
                    }
                }, markKeyFields: false);
            }

            return;
        }

        foreach (var other in all)
        {
            if (other == subgraph || other.FindType(type.Name) is not { Keys: [var firstKey, ..] } otherType)
            {
                continue;
            }

            FieldSets.Visit(other, otherType, firstKey.Selection, (parent, field) =>
            {
                if (parent == otherType && type.FindField(field.Name) is { } own)
                {
                    own.IsExternal = false;
                }
            }, markKeyFields: false);
        }
    }
}
