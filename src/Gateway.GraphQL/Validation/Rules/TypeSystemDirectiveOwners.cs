using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// The directive lists inside a type-system definition or extension, with the location each applies to
/// (Spec 3.13 TypeSystemDirectiveLocation). The validation walker does not walk type-system definitions
/// (Spec 5.1.1 reports them), but graphql-js still checks their directives, so the directive rules walk
/// them here, in graphql-js's order.
/// </summary>
internal static class TypeSystemDirectiveOwners
{
    /// <param name="definition">The type-system definition or extension.</param>
    /// <param name="argumentsFirst">
    /// True to give a field's directives after those of its arguments (the order graphql-js visits
    /// directive nodes in); false to give every owner before what it contains (the order it enters owners in).
    /// </param>
    /// <param name="visit">Called with the owning node's directives, their location, and the owning node.</param>
    public static void Visit(DefinitionNode definition, bool argumentsFirst, Action<IReadOnlyList<DirectiveNode>, DirectiveLocation, SyntaxNode> visit)
    {
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                visit(schema.Directives, DirectiveLocation.Schema, schema);
                break;
            case SchemaExtensionNode schema:
                visit(schema.Directives, DirectiveLocation.Schema, schema);
                break;
            case DirectiveDefinitionNode directive:
                VisitArguments(directive.Arguments, DirectiveLocation.ArgumentDefinition, visit);
                break;
            case ScalarTypeDefinitionNode or ScalarTypeExtensionNode:
                visit(Directives(definition), DirectiveLocation.Scalar, definition);
                break;
            case ObjectTypeDefinitionNode objectType:
                visit(objectType.Directives, DirectiveLocation.Object, objectType);
                VisitFields(objectType.Fields, argumentsFirst, visit);
                break;
            case ObjectTypeExtensionNode objectType:
                visit(objectType.Directives, DirectiveLocation.Object, objectType);
                VisitFields(objectType.Fields, argumentsFirst, visit);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                visit(interfaceType.Directives, DirectiveLocation.Interface, interfaceType);
                VisitFields(interfaceType.Fields, argumentsFirst, visit);
                break;
            case InterfaceTypeExtensionNode interfaceType:
                visit(interfaceType.Directives, DirectiveLocation.Interface, interfaceType);
                VisitFields(interfaceType.Fields, argumentsFirst, visit);
                break;
            case UnionTypeDefinitionNode or UnionTypeExtensionNode:
                visit(Directives(definition), DirectiveLocation.Union, definition);
                break;
            case EnumTypeDefinitionNode enumType:
                visit(enumType.Directives, DirectiveLocation.Enum, enumType);
                VisitEnumValues(enumType.Values, visit);
                break;
            case EnumTypeExtensionNode enumType:
                visit(enumType.Directives, DirectiveLocation.Enum, enumType);
                VisitEnumValues(enumType.Values, visit);
                break;
            case InputObjectTypeDefinitionNode inputType:
                visit(inputType.Directives, DirectiveLocation.InputObject, inputType);
                VisitArguments(inputType.Fields, DirectiveLocation.InputFieldDefinition, visit);
                break;
            case InputObjectTypeExtensionNode inputType:
                // graphql-js 16 names this location ARGUMENT_DEFINITION (it only recognises input object
                // definitions); Spec 3.13 says INPUT_FIELD_DEFINITION, which is what we report.
                visit(inputType.Directives, DirectiveLocation.InputObject, inputType);
                VisitArguments(inputType.Fields, DirectiveLocation.InputFieldDefinition, visit);
                break;
        }
    }

    private static IReadOnlyList<DirectiveNode> Directives(DefinitionNode definition) => definition switch
    {
        TypeDefinitionNode type => type.Directives,
        TypeExtensionNode extension => extension.Directives,
        _ => [],
    };

    private static void VisitFields(IReadOnlyList<FieldDefinitionNode> fields, bool argumentsFirst, Action<IReadOnlyList<DirectiveNode>, DirectiveLocation, SyntaxNode> visit)
    {
        foreach (var field in fields)
        {
            if (!argumentsFirst)
            {
                visit(field.Directives, DirectiveLocation.FieldDefinition, field);
            }

            VisitArguments(field.Arguments, DirectiveLocation.ArgumentDefinition, visit);
            if (argumentsFirst)
            {
                visit(field.Directives, DirectiveLocation.FieldDefinition, field);
            }
        }
    }

    private static void VisitArguments(IReadOnlyList<InputValueDefinitionNode> arguments, DirectiveLocation location, Action<IReadOnlyList<DirectiveNode>, DirectiveLocation, SyntaxNode> visit)
    {
        foreach (var argument in arguments)
        {
            visit(argument.Directives, location, argument);
        }
    }

    private static void VisitEnumValues(IReadOnlyList<EnumValueDefinitionNode> values, Action<IReadOnlyList<DirectiveNode>, DirectiveLocation, SyntaxNode> visit)
    {
        foreach (var value in values)
        {
            visit(value.Directives, DirectiveLocation.EnumValue, value);
        }
    }
}
