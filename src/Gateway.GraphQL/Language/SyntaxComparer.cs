namespace Gateway.GraphQL.Language;

/// <summary>
/// Structural equality of syntax trees: same kinds, names, values and children in the same order;
/// locations are ignored, and so is whether a string was written as a block string (both spell the same
/// value). Validation uses it to compare argument values when merging fields (Spec 5.3.2).
/// </summary>
public static class SyntaxComparer
{
    public static bool AreEqual(SyntaxNode? a, SyntaxNode? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Kind != b.Kind)
        {
            return false;
        }

        return (a, b) switch
        {
            (DocumentNode x, DocumentNode y) => AreEqual(x.Definitions, y.Definitions),
            (OperationDefinitionNode x, OperationDefinitionNode y) =>
                x.Operation == y.Operation && AreEqual(x.Description, y.Description) && SameName(x.Name, y.Name)
                && AreEqual(x.VariableDefinitions, y.VariableDefinitions) && AreEqual(x.Directives, y.Directives)
                && AreEqual(x.SelectionSet, y.SelectionSet),
            (VariableDefinitionNode x, VariableDefinitionNode y) =>
                AreEqual(x.Description, y.Description) && AreEqual(x.Variable, y.Variable) && AreEqual(x.Type, y.Type)
                && AreEqual(x.DefaultValue, y.DefaultValue) && AreEqual(x.Directives, y.Directives),
            (VariableNode x, VariableNode y) => x.Name.Value == y.Name.Value,
            (SelectionSetNode x, SelectionSetNode y) => AreEqual(x.Selections, y.Selections),
            (FieldNode x, FieldNode y) =>
                SameName(x.Alias, y.Alias) && SameName(x.Name, y.Name) && AreEqual(x.Arguments, y.Arguments)
                && AreEqual(x.Directives, y.Directives) && AreEqual(x.SelectionSet, y.SelectionSet),
            (ArgumentNode x, ArgumentNode y) => x.Name.Value == y.Name.Value && AreEqual(x.Value, y.Value),
            (FragmentSpreadNode x, FragmentSpreadNode y) => x.Name.Value == y.Name.Value && AreEqual(x.Directives, y.Directives),
            (InlineFragmentNode x, InlineFragmentNode y) =>
                AreEqual(x.TypeCondition, y.TypeCondition) && AreEqual(x.Directives, y.Directives) && AreEqual(x.SelectionSet, y.SelectionSet),
            (FragmentDefinitionNode x, FragmentDefinitionNode y) =>
                AreEqual(x.Description, y.Description) && SameName(x.Name, y.Name) && AreEqual(x.TypeCondition, y.TypeCondition)
                && AreEqual(x.Directives, y.Directives) && AreEqual(x.SelectionSet, y.SelectionSet),
            (IntValueNode x, IntValueNode y) => x.Value == y.Value,
            (FloatValueNode x, FloatValueNode y) => x.Value == y.Value,
            (StringValueNode x, StringValueNode y) => x.Value == y.Value,
            (BooleanValueNode x, BooleanValueNode y) => x.Value == y.Value,
            (NullValueNode, NullValueNode) => true,
            (EnumValueNode x, EnumValueNode y) => x.Value == y.Value,
            (ListValueNode x, ListValueNode y) => AreEqual(x.Values, y.Values),
            (ObjectValueNode x, ObjectValueNode y) => AreEqual(x.Fields, y.Fields),
            (ObjectFieldNode x, ObjectFieldNode y) => x.Name.Value == y.Name.Value && AreEqual(x.Value, y.Value),
            (DirectiveNode x, DirectiveNode y) => x.Name.Value == y.Name.Value && AreEqual(x.Arguments, y.Arguments),
            (NamedTypeNode x, NamedTypeNode y) => x.Name.Value == y.Name.Value,
            (ListTypeNode x, ListTypeNode y) => AreEqual(x.Type, y.Type),
            (NonNullTypeNode x, NonNullTypeNode y) => AreEqual(x.Type, y.Type),
            (SchemaDefinitionNode x, SchemaDefinitionNode y) =>
                AreEqual(x.Description, y.Description) && AreEqual(x.Directives, y.Directives) && AreEqual(x.OperationTypes, y.OperationTypes),
            (OperationTypeDefinitionNode x, OperationTypeDefinitionNode y) => x.Operation == y.Operation && AreEqual(x.Type, y.Type),
            (SchemaExtensionNode x, SchemaExtensionNode y) => AreEqual(x.Directives, y.Directives) && AreEqual(x.OperationTypes, y.OperationTypes),
            (ScalarTypeDefinitionNode x, ScalarTypeDefinitionNode y) => SameTypeHeader(x, y),
            (ObjectTypeDefinitionNode x, ObjectTypeDefinitionNode y) =>
                SameTypeHeader(x, y) && AreEqual(x.Interfaces, y.Interfaces) && AreEqual(x.Fields, y.Fields),
            (FieldDefinitionNode x, FieldDefinitionNode y) =>
                AreEqual(x.Description, y.Description) && SameName(x.Name, y.Name) && AreEqual(x.Arguments, y.Arguments)
                && AreEqual(x.Type, y.Type) && AreEqual(x.Directives, y.Directives),
            (InputValueDefinitionNode x, InputValueDefinitionNode y) =>
                AreEqual(x.Description, y.Description) && SameName(x.Name, y.Name) && AreEqual(x.Type, y.Type)
                && AreEqual(x.DefaultValue, y.DefaultValue) && AreEqual(x.Directives, y.Directives),
            (InterfaceTypeDefinitionNode x, InterfaceTypeDefinitionNode y) =>
                SameTypeHeader(x, y) && AreEqual(x.Interfaces, y.Interfaces) && AreEqual(x.Fields, y.Fields),
            (UnionTypeDefinitionNode x, UnionTypeDefinitionNode y) => SameTypeHeader(x, y) && AreEqual(x.Types, y.Types),
            (EnumTypeDefinitionNode x, EnumTypeDefinitionNode y) => SameTypeHeader(x, y) && AreEqual(x.Values, y.Values),
            (EnumValueDefinitionNode x, EnumValueDefinitionNode y) =>
                AreEqual(x.Description, y.Description) && SameName(x.Name, y.Name) && AreEqual(x.Directives, y.Directives),
            (InputObjectTypeDefinitionNode x, InputObjectTypeDefinitionNode y) => SameTypeHeader(x, y) && AreEqual(x.Fields, y.Fields),
            (DirectiveDefinitionNode x, DirectiveDefinitionNode y) =>
                AreEqual(x.Description, y.Description) && SameName(x.Name, y.Name) && AreEqual(x.Arguments, y.Arguments)
                && x.Repeatable == y.Repeatable && SameNames(x.Locations, y.Locations),
            (ScalarTypeExtensionNode x, ScalarTypeExtensionNode y) => SameExtensionHeader(x, y),
            (ObjectTypeExtensionNode x, ObjectTypeExtensionNode y) =>
                SameExtensionHeader(x, y) && AreEqual(x.Interfaces, y.Interfaces) && AreEqual(x.Fields, y.Fields),
            (InterfaceTypeExtensionNode x, InterfaceTypeExtensionNode y) =>
                SameExtensionHeader(x, y) && AreEqual(x.Interfaces, y.Interfaces) && AreEqual(x.Fields, y.Fields),
            (UnionTypeExtensionNode x, UnionTypeExtensionNode y) => SameExtensionHeader(x, y) && AreEqual(x.Types, y.Types),
            (EnumTypeExtensionNode x, EnumTypeExtensionNode y) => SameExtensionHeader(x, y) && AreEqual(x.Values, y.Values),
            (InputObjectTypeExtensionNode x, InputObjectTypeExtensionNode y) => SameExtensionHeader(x, y) && AreEqual(x.Fields, y.Fields),
            (SchemaCoordinateNode x, SchemaCoordinateNode y) =>
                x.OfDirective == y.OfDirective && SameName(x.Name, y.Name) && SameName(x.MemberName, y.MemberName)
                && SameName(x.ArgumentName, y.ArgumentName),
            _ => throw new ArgumentException($"Unknown syntax node {a.GetType().Name}.", nameof(a)),
        };
    }

    /// <summary>Two optional names are equal when both are absent or both spell the same name; where they were written does not matter.</summary>
    private static bool SameName(NameNode? a, NameNode? b) => a?.Value == b?.Value;

    /// <summary>Element-wise equality of two name lists (a directive definition's locations).</summary>
    private static bool SameNames(IReadOnlyList<NameNode> a, IReadOnlyList<NameNode> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Value != b[i].Value)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Element-wise structural equality of two node lists.</summary>
    public static bool AreEqual<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
        where T : SyntaxNode
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!AreEqual(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameTypeHeader(TypeDefinitionNode x, TypeDefinitionNode y) =>
        AreEqual(x.Description, y.Description) && SameName(x.Name, y.Name) && AreEqual(x.Directives, y.Directives);

    private static bool SameExtensionHeader(TypeExtensionNode x, TypeExtensionNode y) =>
        SameName(x.Name, y.Name) && AreEqual(x.Directives, y.Directives);
}
