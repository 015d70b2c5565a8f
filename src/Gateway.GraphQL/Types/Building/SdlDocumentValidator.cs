using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Building;

/// <summary>
/// The checks graphql-js runs on an SDL document before building a schema from it (its
/// <c>specifiedSDLRules</c>), in one walk over the document; at each node the rules run in the same
/// order as there, so errors come out in the same order.
/// </summary>
internal sealed partial class SdlDocumentValidator
{
    private readonly Schema? _schema;
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinitionNode> _definedDirectives = new(StringComparer.Ordinal);

    private SdlDocumentValidator(DocumentNode document, Schema? schema)
    {
        _schema = schema;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    _definedTypes.TryAdd(type.Name.Value, type);
                    break;
                case DirectiveDefinitionNode directive:
                    _definedDirectives.TryAdd(directive.Name.Value, directive);
                    break;
            }
        }
    }

    /// <summary>Every error in the document, or none; <paramref name="schema"/> is the schema being extended.</summary>
    public static IReadOnlyList<GraphQLError> Validate(DocumentNode document, Schema? schema)
    {
        var validator = new SdlDocumentValidator(document, schema);
        validator.Walk(document);
        return validator._errors;
    }

    private void Report(string message, params ReadOnlySpan<SyntaxNode?> nodes) => _errors.Add(GraphQLError.At(message, nodes));

    private void Report(string message, params ReadOnlySpan<Location?> locations) => _errors.Add(GraphQLError.At(message, locations));

    private void Walk(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    CheckLoneSchemaDefinition(schema);
                    CheckUniqueOperationTypes(schema.OperationTypes);
                    CheckUniqueDirectivesPerLocation(schema.Directives, SchemaScope);
                    WalkDirectives(schema.Directives, DirectiveLocation.Schema);
                    WalkOperationTypes(schema.OperationTypes);
                    break;
                case SchemaExtensionNode extension:
                    CheckUniqueOperationTypes(extension.OperationTypes);
                    CheckUniqueDirectivesPerLocation(extension.Directives, SchemaScope);
                    WalkDirectives(extension.Directives, DirectiveLocation.Schema);
                    WalkOperationTypes(extension.OperationTypes);
                    break;
                case TypeDefinitionNode type:
                    CheckUniqueTypeName(type);
                    CheckMemberNames(type);
                    CheckUniqueDirectivesPerLocation(type.Directives, type.Name.Value);
                    WalkTypeMembers(type);
                    break;
                case TypeExtensionNode extension:
                    CheckMemberNames(extension);
                    CheckUniqueDirectivesPerLocation(extension.Directives, extension.Name.Value);
                    CheckPossibleTypeExtension(extension);
                    WalkTypeMembers(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    CheckUniqueArgumentDefinitionNames("@" + directive.Name.Value, directive.Arguments);
                    CheckUniqueDirectiveName(directive);
                    WalkInputValues(directive.Arguments, DirectiveLocation.ArgumentDefinition);
                    break;
            }
        }
    }

    private void WalkOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            CheckKnownTypeName(operationType.Type);
        }
    }

    private void WalkTypeMembers(SyntaxNode node)
    {
        switch (node)
        {
            case ScalarTypeDefinitionNode scalarNode:
                WalkDirectives(scalarNode.Directives, DirectiveLocation.Scalar);
                break;
            case ScalarTypeExtensionNode scalarNode:
                WalkDirectives(scalarNode.Directives, DirectiveLocation.Scalar);
                break;
            case ObjectTypeDefinitionNode objectNode:
                WalkNamedTypes(objectNode.Interfaces);
                WalkDirectives(objectNode.Directives, DirectiveLocation.Object);
                WalkFields(objectNode.Fields);
                break;
            case ObjectTypeExtensionNode objectNode:
                WalkNamedTypes(objectNode.Interfaces);
                WalkDirectives(objectNode.Directives, DirectiveLocation.Object);
                WalkFields(objectNode.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceNode:
                WalkNamedTypes(interfaceNode.Interfaces);
                WalkDirectives(interfaceNode.Directives, DirectiveLocation.Interface);
                WalkFields(interfaceNode.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceNode:
                WalkNamedTypes(interfaceNode.Interfaces);
                WalkDirectives(interfaceNode.Directives, DirectiveLocation.Interface);
                WalkFields(interfaceNode.Fields);
                break;
            case UnionTypeDefinitionNode unionNode:
                WalkDirectives(unionNode.Directives, DirectiveLocation.Union);
                WalkNamedTypes(unionNode.Types);
                break;
            case UnionTypeExtensionNode unionNode:
                WalkDirectives(unionNode.Directives, DirectiveLocation.Union);
                WalkNamedTypes(unionNode.Types);
                break;
            case EnumTypeDefinitionNode enumNode:
                WalkDirectives(enumNode.Directives, DirectiveLocation.Enum);
                WalkEnumValues(enumNode.Values);
                break;
            case EnumTypeExtensionNode enumNode:
                WalkDirectives(enumNode.Directives, DirectiveLocation.Enum);
                WalkEnumValues(enumNode.Values);
                break;
            case InputObjectTypeDefinitionNode inputNode:
                WalkDirectives(inputNode.Directives, DirectiveLocation.InputObject);
                WalkInputValues(inputNode.Fields, DirectiveLocation.InputFieldDefinition);
                break;
            case InputObjectTypeExtensionNode inputNode:
                WalkDirectives(inputNode.Directives, DirectiveLocation.InputObject);
                WalkInputValues(inputNode.Fields, DirectiveLocation.InputFieldDefinition);
                break;
        }
    }

    private void WalkNamedTypes(IReadOnlyList<NamedTypeNode> types)
    {
        foreach (var type in types)
        {
            CheckKnownTypeName(type);
        }
    }

    private void WalkFields(IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            CheckUniqueDirectivesPerLocation(field.Directives, null);
            WalkInputValues(field.Arguments, DirectiveLocation.ArgumentDefinition);
            CheckKnownTypeName(field.Type.NamedType);
            WalkDirectives(field.Directives, DirectiveLocation.FieldDefinition);
        }
    }

    private void WalkEnumValues(IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            CheckUniqueDirectivesPerLocation(value.Directives, null);
            WalkDirectives(value.Directives, DirectiveLocation.EnumValue);
        }
    }

    private void WalkInputValues(IReadOnlyList<InputValueDefinitionNode> values, DirectiveLocation location)
    {
        foreach (var value in values)
        {
            CheckUniqueDirectivesPerLocation(value.Directives, null);
            CheckKnownTypeName(value.Type.NamedType);
            if (value.DefaultValue is { } defaultValue)
            {
                WalkValue(defaultValue);
            }

            WalkDirectives(value.Directives, location);
        }
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        foreach (var directive in directives)
        {
            var known = CheckKnownDirective(directive, location);
            CheckKnownArgumentNames(directive);
            CheckUniqueArgumentNames(directive.Arguments);
            foreach (var argument in directive.Arguments)
            {
                WalkValue(argument.Value);
            }

            if (known)
            {
                CheckProvidedRequiredArguments(directive);
            }
        }
    }

    private void WalkValue(ValueNode value)
    {
        switch (value)
        {
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    WalkValue(item);
                }

                break;
            case ObjectValueNode obj:
                // Spec 5.6.3 Input Object Field Uniqueness, checked field by field as graphql-js does.
                var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    if (known.TryGetValue(field.Name.Value, out var previous))
                    {
                        Report($"There can be only one input field named \"{field.Name.Value}\".", previous.Location, field.Name.Location);
                    }
                    else
                    {
                        known[field.Name.Value] = field.Name;
                    }

                    WalkValue(field.Value);
                }

                break;
        }
    }
}
