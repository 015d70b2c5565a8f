using Gateway.GraphQL;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Composition;

/// <summary>
/// The field sets of <c>@key</c>, <c>@requires</c> and <c>@provides</c>: a selection set written without its outer
/// braces (federation spec, "FieldSet"), parsed with the engine's parser and walked over a subgraph's types.
/// </summary>
internal static class FieldSets
{
    /// <summary>Parses a field set; null when it is not a plain selection set.</summary>
    public static SelectionSetNode? TryParse(string fieldSet)
    {
        try
        {
            var document = Parser.Parse("{" + fieldSet + "}");
            return document.Definitions is [OperationDefinitionNode { Name: null, VariableDefinitions.Count: 0 } operation]
                ? operation.SelectionSet
                : null;
        }
        catch (GraphQLException)
        {
            return null;
        }
    }

    public static string NamedTypeOf(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => NamedTypeOf(nonNull.Type),
        ListTypeNode list => NamedTypeOf(list.Type),
        NamedTypeNode named => named.Name.Value,
        _ => "",
    };

    public static bool IsList(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => IsList(nonNull.Type),
        ListTypeNode => true,
        _ => false,
    };

    /// <summary>Calls <paramref name="visit"/> for every field the selection selects that the subgraph defines.</summary>
    public static void Visit(SubgraphSchema schema, SubgraphType parent, SelectionSetNode? selection, Action<SubgraphType, SubgraphField> visit, bool markKeyFields)
    {
        Walk(schema, parent, selection, (type, node, field) =>
        {
            if (field is not null)
            {
                if (markKeyFields)
                {
                    field.IsKeyField = true;
                }

                visit(type, field);
            }
        });
    }

    /// <summary>Walks a selection; <c>field</c> is null when the parent type does not define the selected field.</summary>
    public static void Walk(SubgraphSchema schema, SubgraphType parent, SelectionSetNode? selection, Action<SubgraphType, FieldNode, SubgraphField?> visit)
    {
        if (selection is null)
        {
            return;
        }

        foreach (var item in selection.Selections)
        {
            switch (item)
            {
                case FieldNode node:
                    if (node.Name.Value == "__typename")
                    {
                        break;
                    }

                    var field = parent.FindField(node.Name.Value);
                    visit(parent, node, field);
                    if (field is not null && node.SelectionSet is { } nested && schema.FindType(NamedTypeOf(field.Type)) is { } child)
                    {
                        Walk(schema, child, nested, visit);
                    }

                    break;
                case InlineFragmentNode fragment:
                    var target = fragment.TypeCondition is { } condition ? schema.FindType(condition.Name.Value) : parent;
                    if (target is not null)
                    {
                        Walk(schema, target, fragment.SelectionSet, visit);
                    }

                    break;
            }
        }
    }
}
