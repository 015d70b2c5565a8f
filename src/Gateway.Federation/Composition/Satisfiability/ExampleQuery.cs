using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition.Satisfiability;

/// <summary>
/// The query a satisfiability error shows: the path to the field that cannot be resolved, with a value of the right
/// type for every argument (the values Apollo's composition shows, so the two read alike) and <c>...</c> under a field
/// of an object type.
/// </summary>
internal static class ExampleQuery
{
    public static string Print(OperationType operation, QueryPath? path, FieldDefinition field)
    {
        SelectionNode selection = FieldOf(field, field.Type.Named is ComplexType or UnionType
            ? new SelectionSetNode([new FragmentSpreadNode(new NameNode(""), [])])
            : null);
        for (var step = path; step is not null; step = step.Parent)
        {
            var inner = new SelectionSetNode([selection]);
            selection = step.Field is { } stepField
                ? FieldOf(stepField, inner)
                : new InlineFragmentNode(new NamedTypeNode(new NameNode(step.TypeCondition!)), [], inner);
        }

        var root = new SelectionSetNode([selection]);
        return Printer.Print(new OperationDefinitionNode(null, operation, null, [], [], root));
    }

    private static FieldNode FieldOf(FieldDefinition field, SelectionSetNode? selectionSet)
    {
        var arguments = new List<ArgumentNode>(field.Arguments.Count);
        foreach (var argument in field.Arguments.Values)
        {
            arguments.Add(new ArgumentNode(new NameNode(argument.Name), ValueOf(argument.Type)));
        }

        return new FieldNode(null, new NameNode(field.Name), arguments, [], selectionSet);
    }

    private static ValueNode ValueOf(GraphQLType type) => type switch
    {
        NonNullType nonNull => ValueOf(nonNull.OfType),
        ListType => new ListValueNode([]),
        EnumType enumType => EnumValueOf(enumType),
        InputObjectType input => InputObjectOf(input),
        ScalarType { Name: "Int" } => new IntValueNode("0"),
        ScalarType { Name: "Float" } => new FloatValueNode("3.14"),
        ScalarType { Name: "Boolean" } => new BooleanValueNode(true),
        ScalarType { Name: "ID" } => new StringValueNode("<any id>", block: false),
        ScalarType { Name: "String" } => new StringValueNode("A string value", block: false),
        _ => new StringValueNode("<any value>", block: false),
    };

    private static ValueNode EnumValueOf(EnumType type)
    {
        foreach (var value in type.Values.Values)
        {
            return new EnumValueNode(value.Name);
        }

        return new NullValueNode();
    }

    /// <summary>The required fields only (non-null without a default), as the smallest valid value.</summary>
    private static ObjectValueNode InputObjectOf(InputObjectType type)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields.Values)
        {
            if (field.Type is NonNullType && !field.HasDefaultValue)
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), ValueOf(field.Type)));
            }
        }

        return new ObjectValueNode(fields);
    }
}
