using Gateway.GraphQL;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Supergraphs;

/// <summary>
/// Parses a <c>join__FieldSet</c> (a selection set written without its outer braces: join spec, "FieldSet")
/// with the engine's parser and checks it against the supergraph schema: every field exists on its parent,
/// leaves have no selections, composite fields have some, type conditions name composite types.
/// </summary>
internal static class FieldSetParser
{
    public static SelectionSetNode Parse(string fieldSet, NamedType parent, Schema schema, string where)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse("{ " + fieldSet + " }");
        }
        catch (GraphQLException error)
        {
            throw new SupergraphException($"Invalid field set \"{fieldSet}\" in {where}: {error.Message}", error);
        }

        if (document.Definitions is not [OperationDefinitionNode { Name: null, VariableDefinitions.Count: 0 } operation])
        {
            throw new SupergraphException($"Invalid field set \"{fieldSet}\" in {where}: a field set is a list of fields, without braces around it, operations or fragments.");
        }

        Check(operation.SelectionSet, parent, schema, fieldSet, where);
        return operation.SelectionSet;
    }

    private static void Check(SelectionSetNode selectionSet, NamedType parent, Schema schema, string fieldSet, string where)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    CheckField(field, parent, schema, fieldSet, where);
                    break;
                case InlineFragmentNode fragment:
                    var target = parent;
                    if (fragment.TypeCondition is { } condition)
                    {
                        target = schema.GetType(condition.Name.Value) switch
                        {
                            NamedType type when type is ComplexType or UnionType => type,
                            _ => throw Error(fieldSet, where, $"type condition \"{condition.Name.Value}\" is not an object, interface or union type of the supergraph"),
                        };
                    }

                    Check(fragment.SelectionSet, target, schema, fieldSet, where);
                    break;
                default:
                    throw Error(fieldSet, where, "named fragments cannot be used in a field set");
            }
        }
    }

    private static void CheckField(FieldNode field, NamedType parent, Schema schema, string fieldSet, string where)
    {
        var name = field.Name.Value;
        if (name == "__typename")
        {
            return;
        }

        if (parent is not ComplexType complex || complex.GetField(name) is not { } definition)
        {
            throw Error(fieldSet, where, $"field \"{name}\" does not exist on type \"{parent.Name}\"");
        }

        foreach (var argument in field.Arguments)
        {
            if (!definition.Arguments.ContainsKey(argument.Name.Value))
            {
                throw Error(fieldSet, where, $"field \"{parent.Name}.{name}\" has no argument \"{argument.Name.Value}\"");
            }
        }

        var type = definition.Type.Named;
        var isLeaf = type is ScalarType or EnumType;
        if (isLeaf && field.SelectionSet is not null)
        {
            throw Error(fieldSet, where, $"field \"{parent.Name}.{name}\" is of type \"{type.Name}\", which has no fields to select");
        }

        if (!isLeaf)
        {
            if (field.SelectionSet is null)
            {
                throw Error(fieldSet, where, $"field \"{parent.Name}.{name}\" of type \"{type.Name}\" needs a selection of its fields");
            }

            Check(field.SelectionSet, type, schema, fieldSet, where);
        }
    }

    private static SupergraphException Error(string fieldSet, string where, string problem) =>
        new($"Invalid field set \"{fieldSet}\" in {where}: {problem}.");
}
