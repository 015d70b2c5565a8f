using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Type-system definitions and extensions in an executable document. Spec 5.1.1 makes any of them an
/// error, which ExecutableDefinitionsRule reports; graphql-js still walks into them with every rule, so
/// the directives, argument values and type references inside are checked too (an unknown directive,
/// a directive in the wrong location, an unknown type). Walking them the same way keeps our errors
/// equal to the reference implementation's. There is no operation around them, so type information
/// is empty except inside directives, whose arguments are typed by the directive.
/// </summary>
internal sealed partial class ValidationWalker
{
    private void WalkTypeSystemDefinition(DefinitionNode definition)
    {
        foreach (var rule in _handlers[(int)RuleEvent.EnterTypeSystemDefinition])
        {
            rule.EnterTypeSystemDefinition(definition, _context);
        }

        // Children in graphql-js's visit order (its QueryDocumentKeys), so errors come out in its order.
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                WalkDirectives(schema.Directives, DirectiveLocation.Schema);
                WalkOperationTypes(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                WalkDirectives(schema.Directives, DirectiveLocation.Schema);
                WalkOperationTypes(schema.OperationTypes);
                break;
            case ScalarTypeDefinitionNode type:
                WalkDirectives(type.Directives, DirectiveLocation.Scalar);
                break;
            case ScalarTypeExtensionNode type:
                WalkDirectives(type.Directives, DirectiveLocation.Scalar);
                break;
            case ObjectTypeDefinitionNode type:
                WalkNamedTypes(type.Interfaces);
                WalkDirectives(type.Directives, DirectiveLocation.Object);
                WalkFieldDefinitions(type.Fields);
                break;
            case ObjectTypeExtensionNode type:
                WalkNamedTypes(type.Interfaces);
                WalkDirectives(type.Directives, DirectiveLocation.Object);
                WalkFieldDefinitions(type.Fields);
                break;
            case InterfaceTypeDefinitionNode type:
                WalkNamedTypes(type.Interfaces);
                WalkDirectives(type.Directives, DirectiveLocation.Interface);
                WalkFieldDefinitions(type.Fields);
                break;
            case InterfaceTypeExtensionNode type:
                WalkNamedTypes(type.Interfaces);
                WalkDirectives(type.Directives, DirectiveLocation.Interface);
                WalkFieldDefinitions(type.Fields);
                break;
            case UnionTypeDefinitionNode type:
                WalkDirectives(type.Directives, DirectiveLocation.Union);
                WalkNamedTypes(type.Types);
                break;
            case UnionTypeExtensionNode type:
                WalkDirectives(type.Directives, DirectiveLocation.Union);
                WalkNamedTypes(type.Types);
                break;
            case EnumTypeDefinitionNode type:
                WalkDirectives(type.Directives, DirectiveLocation.Enum);
                WalkEnumValueDefinitions(type.Values);
                break;
            case EnumTypeExtensionNode type:
                WalkDirectives(type.Directives, DirectiveLocation.Enum);
                WalkEnumValueDefinitions(type.Values);
                break;
            case InputObjectTypeDefinitionNode type:
                WalkDirectives(type.Directives, DirectiveLocation.InputObject);
                WalkInputValueDefinitions(type.Fields, DirectiveLocation.InputFieldDefinition);
                break;
            case InputObjectTypeExtensionNode type:
                // graphql-js 16 takes the fields of an input object extension for argument definitions
                // (ARGUMENT_DEFINITION); they are input fields (Spec 3.10.1), and that is the location used.
                WalkDirectives(type.Directives, DirectiveLocation.InputObject);
                WalkInputValueDefinitions(type.Fields, DirectiveLocation.InputFieldDefinition);
                break;
            case DirectiveDefinitionNode directive:
                WalkInputValueDefinitions(directive.Arguments, DirectiveLocation.ArgumentDefinition);
                break;
        }

        foreach (var rule in _handlers[(int)RuleEvent.LeaveTypeSystemDefinition])
        {
            rule.LeaveTypeSystemDefinition(definition, _context);
        }
    }

    private void WalkOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        for (var i = 0; i < operationTypes.Count; i++)
        {
            WalkNamedType(operationTypes[i].Type);
        }
    }

    private void WalkNamedTypes(IReadOnlyList<NamedTypeNode> types)
    {
        for (var i = 0; i < types.Count; i++)
        {
            WalkNamedType(types[i]);
        }
    }

    private void WalkFieldDefinitions(IReadOnlyList<FieldDefinitionNode> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            WalkInputValueDefinitions(field.Arguments, DirectiveLocation.ArgumentDefinition);
            WalkNamedType(field.Type.NamedType);
            WalkDirectives(field.Directives, DirectiveLocation.FieldDefinition);
        }
    }

    /// <summary>Default values are walked without an expected type, as graphql-js does: they are not checked against the type.</summary>
    private void WalkInputValueDefinitions(IReadOnlyList<InputValueDefinitionNode> definitions, DirectiveLocation location)
    {
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            WalkNamedType(definition.Type.NamedType);
            if (definition.DefaultValue is { } defaultValue)
            {
                WalkValue(defaultValue);
            }

            WalkDirectives(definition.Directives, location);
        }
    }

    private void WalkEnumValueDefinitions(IReadOnlyList<EnumValueDefinitionNode> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            WalkDirectives(values[i].Directives, DirectiveLocation.EnumValue);
        }
    }
}
