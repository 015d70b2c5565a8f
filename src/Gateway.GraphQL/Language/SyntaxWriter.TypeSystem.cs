namespace Gateway.GraphQL.Language;

// Printing of Spec 3 type-system definitions and extensions.
internal sealed partial class SyntaxWriter
{
    private void WriteTypeSystem(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WriteDescription(schema.Description);
                _text.Append("schema");
                WriteDirectives(schema.Directives);
                WriteSpacedBlock(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                _text.Append("extend schema");
                WriteDirectives(schema.Directives);
                WriteSpacedBlock(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                _text.Append(operationType.Operation switch
                {
                    OperationType.Mutation => "mutation",
                    OperationType.Subscription => "subscription",
                    _ => "query",
                });
                _text.Append(": ");
                Write(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                WriteTypeHeader(scalar.Description, "scalar ", scalar.Name, [], scalar.Directives);
                break;
            case ScalarTypeExtensionNode scalar:
                WriteTypeHeader(null, "extend scalar ", scalar.Name, [], scalar.Directives);
                break;
            case ObjectTypeDefinitionNode objectType:
                WriteTypeHeader(objectType.Description, "type ", objectType.Name, objectType.Interfaces, objectType.Directives);
                WriteSpacedBlock(objectType.Fields);
                break;
            case ObjectTypeExtensionNode objectType:
                WriteTypeHeader(null, "extend type ", objectType.Name, objectType.Interfaces, objectType.Directives);
                WriteSpacedBlock(objectType.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                WriteTypeHeader(interfaceType.Description, "interface ", interfaceType.Name, interfaceType.Interfaces, interfaceType.Directives);
                WriteSpacedBlock(interfaceType.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceType:
                WriteTypeHeader(null, "extend interface ", interfaceType.Name, interfaceType.Interfaces, interfaceType.Directives);
                WriteSpacedBlock(interfaceType.Fields);
                break;
            case UnionTypeDefinitionNode union:
                WriteTypeHeader(union.Description, "union ", union.Name, [], union.Directives);
                WriteUnionMembers(union.Types);
                break;
            case UnionTypeExtensionNode union:
                WriteTypeHeader(null, "extend union ", union.Name, [], union.Directives);
                WriteUnionMembers(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WriteTypeHeader(enumType.Description, "enum ", enumType.Name, [], enumType.Directives);
                WriteSpacedBlock(enumType.Values);
                break;
            case EnumTypeExtensionNode enumType:
                WriteTypeHeader(null, "extend enum ", enumType.Name, [], enumType.Directives);
                WriteSpacedBlock(enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                WriteTypeHeader(input.Description, "input ", input.Name, [], input.Directives);
                WriteSpacedBlock(input.Fields);
                break;
            case InputObjectTypeExtensionNode input:
                WriteTypeHeader(null, "extend input ", input.Name, [], input.Directives);
                WriteSpacedBlock(input.Fields);
                break;
            case FieldDefinitionNode field:
                WriteDescription(field.Description);
                Write(field.Name);
                WriteArgumentsDefinition(field.Arguments);
                _text.Append(": ");
                Write(field.Type);
                WriteDirectives(field.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                WriteDescription(inputValue.Description);
                Write(inputValue.Name);
                _text.Append(": ");
                Write(inputValue.Type);
                if (inputValue.DefaultValue is not null)
                {
                    _text.Append(" = ");
                    Write(inputValue.DefaultValue);
                }

                WriteDirectives(inputValue.Directives);
                break;
            case EnumValueDefinitionNode enumValue:
                WriteDescription(enumValue.Description);
                Write(enumValue.Name);
                WriteDirectives(enumValue.Directives);
                break;
            case DirectiveDefinitionNode directive:
                WriteDescription(directive.Description);
                _text.Append("directive @");
                Write(directive.Name);
                WriteArgumentsDefinition(directive.Arguments);
                _text.Append(directive.Repeatable ? " repeatable on " : " on ");
                for (var i = 0; i < directive.Locations.Count; i++)
                {
                    _text.Append(i > 0 ? " | " : string.Empty).Append(directive.Locations[i].Value);
                }

                break;
            default:
                throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node));
        }
    }

    private void WriteTypeHeader(StringValueNode? description, string keyword, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives)
    {
        WriteDescription(description);
        _text.Append(keyword);
        Write(name);
        if (interfaces.Count > 0)
        {
            _text.Append(" implements ");
            WriteJoined(interfaces, " & ");
        }

        WriteDirectives(directives);
    }

    private void WriteUnionMembers(IReadOnlyList<NamedTypeNode> types)
    {
        if (types.Count > 0)
        {
            _text.Append(" = ");
            WriteJoined(types, " | ");
        }
    }

    private void WriteSpacedBlock<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        if (items.Count > 0)
        {
            _text.Append(' ');
            WriteBlock(items);
        }
    }

    /// <summary>Arguments inline, or one per indented line when any of them spans lines (a description, a block string).</summary>
    private void WriteArgumentsDefinition(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        var start = _text.Length;
        _text.Append('(');
        WriteJoined(arguments, ", ");
        _text.Append(')');
        if (HasNewLineSince(start))
        {
            _text.Length = start;
            WriteIndentedList(arguments, '(', ')');
        }
    }
}
