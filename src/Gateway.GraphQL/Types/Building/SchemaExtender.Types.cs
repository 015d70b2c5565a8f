using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Building;

/// <summary>Creating, copying and filling in named types and directives.</summary>
internal sealed partial class SchemaExtender
{
    private NamedType CreateShell(TypeDefinitionNode node)
    {
        var name = node.Name.Value;
        if (node is ScalarTypeDefinitionNode && _options.Scalars.TryGetValue(name, out var provided))
        {
            // The instance may serve several schemas: what SDL says about it replaces what an earlier build said.
            provided.Directives.Clear();
            provided.ExtensionAstNodes.Clear();
            return provided;
        }

        NamedType type = node switch
        {
            ScalarTypeDefinitionNode => new ScalarType(name),
            ObjectTypeDefinitionNode => new ObjectType(name),
            InterfaceTypeDefinitionNode => new InterfaceType(name),
            UnionTypeDefinitionNode => new UnionType(name),
            EnumTypeDefinitionNode => new EnumType(name),
            _ => new InputObjectType(name),
        };
        return type;
    }

    private static NamedType CopyShell(NamedType type)
    {
        NamedType copy;
        switch (type)
        {
            case ScalarType scalar when scalar.GetType() != typeof(ScalarType):
                // A custom scalar holds its own coercion and no type references: it is shared, not copied.
                return scalar;
            case ScalarType scalar:
                copy = new ScalarType(scalar.Name) { SpecifiedByUrl = scalar.SpecifiedByUrl };
                break;
            case ObjectType objectType:
                copy = new ObjectType(objectType.Name) { IsTypeOf = objectType.IsTypeOf };
                break;
            case InterfaceType @interface:
                copy = new InterfaceType(@interface.Name) { ResolveType = @interface.ResolveType };
                break;
            case UnionType union:
                copy = new UnionType(union.Name) { ResolveType = union.ResolveType };
                break;
            case EnumType enumType:
                var enumCopy = new EnumType(enumType.Name);
                foreach (var value in enumType.Values.Values)
                {
                    var valueCopy = new EnumValueDefinition(value.Name, value.Value)
                    {
                        Description = value.Description,
                        DeprecationReason = value.DeprecationReason,
                        AstNode = value.AstNode,
                    };
                    valueCopy.Directives.AddRange(value.Directives);
                    enumCopy.AddValue(valueCopy);
                }

                copy = enumCopy;
                break;
            default:
                copy = new InputObjectType(type.Name) { IsOneOf = ((InputObjectType)type).IsOneOf };
                break;
        }

        copy.Description = type.Description;
        copy.AstNode = type.AstNode;
        copy.Directives.AddRange(type.Directives);
        copy.ExtensionAstNodes.AddRange(type.ExtensionAstNodes);
        return copy;
    }

    /// <summary>Copies the members that reference other types, pointing them at the new schema's types.</summary>
    private void CopyMembers(NamedType old, NamedType copy)
    {
        switch (old)
        {
            case ComplexType oldComplex:
                var complex = (ComplexType)copy;
                foreach (var implemented in oldComplex.Interfaces)
                {
                    complex.Interfaces.Add((InterfaceType)Remap(implemented));
                }

                foreach (var field in oldComplex.Fields.Values)
                {
                    var fieldCopy = new FieldDefinition(field.Name, Remap(field.Type))
                    {
                        Description = field.Description,
                        DeprecationReason = field.DeprecationReason,
                        AstNode = field.AstNode,
                        Resolver = field.Resolver,
                    };
                    fieldCopy.Directives.AddRange(field.Directives);
                    foreach (var argument in field.Arguments.Values)
                    {
                        fieldCopy.AddArgument(CopyInputValue(argument));
                    }

                    complex.AddField(fieldCopy);
                }

                break;
            case UnionType oldUnion:
                foreach (var member in oldUnion.Types)
                {
                    ((UnionType)copy).Types.Add((ObjectType)Remap(member));
                }

                break;
            case InputObjectType oldInput:
                foreach (var field in oldInput.Fields.Values)
                {
                    ((InputObjectType)copy).AddField(CopyInputValue(field));
                }

                break;
        }
    }

    private InputValueDefinition CopyInputValue(InputValueDefinition value)
    {
        var copy = new InputValueDefinition(value.Name, Remap(value.Type))
        {
            Description = value.Description,
            DefaultValue = value.DefaultValue,
            DeprecationReason = value.DeprecationReason,
            AstNode = value.AstNode,
        };
        copy.Directives.AddRange(value.Directives);
        return copy;
    }

    private DirectiveDefinition CopyDirective(DirectiveDefinition directive)
    {
        var copy = new DirectiveDefinition(directive.Name, directive.Locations, directive.IsRepeatable)
        {
            Description = directive.Description,
            AstNode = directive.AstNode,
        };
        foreach (var argument in directive.Arguments.Values)
        {
            copy.AddArgument(CopyInputValue(argument));
        }

        return copy;
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<DirectiveLocation>(node.Locations.Count);
        foreach (var location in node.Locations)
        {
            if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
            {
                locations.Add(parsed);
            }
        }

        var directive = new DirectiveDefinition(node.Name.Value, locations, node.Repeatable)
        {
            Description = node.Description?.Value,
            AstNode = node,
        };
        foreach (var argument in node.Arguments)
        {
            directive.AddArgument(BuildInputValue(argument));
        }

        return directive;
    }

    private void ApplyDefinition(TypeDefinitionNode node, NamedType type)
    {
        type.AstNode = node;
        if (node.Description is { } description)
        {
            type.Description = description.Value;
        }

        ApplyMembers(node, type);
    }

    private void ApplyExtensions(NamedType type)
    {
        foreach (var extension in _document.ExtensionsOf(type.Name))
        {
            type.ExtensionAstNodes.Add(extension);
            ApplyMembers(extension, type);
        }
    }

    /// <summary>Adds what a definition or an extension declares: directives, interfaces, fields, members, values.</summary>
    private void ApplyMembers(SyntaxNode node, NamedType type)
    {
        var directives = node is TypeDefinitionNode definition ? definition.Directives : ((TypeExtensionNode)node).Directives;
        type.Directives.AddRange(directives);

        switch (node)
        {
            case ScalarTypeDefinitionNode or ScalarTypeExtensionNode when type is ScalarType scalar:
                scalar.SpecifiedByUrl = AppliedDirectiveValues.SpecifiedByUrl(directives) ?? scalar.SpecifiedByUrl;
                break;
            case ObjectTypeDefinitionNode objectNode when type is ComplexType complex:
                AddInterfaces(complex, objectNode.Interfaces);
                AddFields(complex, objectNode.Fields);
                break;
            case ObjectTypeExtensionNode objectNode when type is ComplexType complex:
                AddInterfaces(complex, objectNode.Interfaces);
                AddFields(complex, objectNode.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceNode when type is ComplexType complex:
                AddInterfaces(complex, interfaceNode.Interfaces);
                AddFields(complex, interfaceNode.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceNode when type is ComplexType complex:
                AddInterfaces(complex, interfaceNode.Interfaces);
                AddFields(complex, interfaceNode.Fields);
                break;
            case UnionTypeDefinitionNode unionNode when type is UnionType union:
                AddMembers(union, unionNode.Types);
                break;
            case UnionTypeExtensionNode unionNode when type is UnionType union:
                AddMembers(union, unionNode.Types);
                break;
            case EnumTypeDefinitionNode enumNode when type is EnumType enumType:
                AddValues(enumType, enumNode.Values);
                break;
            case EnumTypeExtensionNode enumNode when type is EnumType enumType:
                AddValues(enumType, enumNode.Values);
                break;
            case InputObjectTypeDefinitionNode inputNode when type is InputObjectType input:
                input.IsOneOf |= AppliedDirectiveValues.Has(directives, "oneOf");
                AddInputFields(input, inputNode.Fields);
                break;
            case InputObjectTypeExtensionNode inputNode when type is InputObjectType input:
                input.IsOneOf |= AppliedDirectiveValues.Has(directives, "oneOf");
                AddInputFields(input, inputNode.Fields);
                break;
        }
    }

    private void AddInterfaces(ComplexType type, IReadOnlyList<NamedTypeNode> interfaces)
    {
        foreach (var node in interfaces)
        {
            var implemented = GetNamedType(node);
            if (implemented is InterfaceType @interface)
            {
                type.Interfaces.Add(@interface);
            }
            else
            {
                // Spec 3.6.2 Object Type Validation: the model only holds interfaces, so report it here.
                _buildErrors.Add((type, GraphQLError.At(
                    $"Type {type.Name} must only implement Interface types, it cannot implement {implemented.Name}.",
                    node)));
            }
        }
    }

    private void AddFields(ComplexType type, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var node in fields)
        {
            var field = new FieldDefinition(node.Name.Value, GetType(node.Type))
            {
                Description = node.Description?.Value,
                DeprecationReason = AppliedDirectiveValues.DeprecationReason(node.Directives),
                AstNode = node,
            };
            field.Directives.AddRange(node.Directives);
            foreach (var argument in node.Arguments)
            {
                field.AddArgument(BuildInputValue(argument));
            }

            type.AddField(field);
        }
    }

    private void AddMembers(UnionType union, IReadOnlyList<NamedTypeNode> members)
    {
        foreach (var node in members)
        {
            var member = GetNamedType(node);
            if (member is ObjectType objectType)
            {
                union.Types.Add(objectType);
            }
            else
            {
                // Spec 3.8.2 Union Type Validation: the model only holds object types, so report it here.
                _buildErrors.Add((union, GraphQLError.At(
                    $"Union type {union.Name} can only include Object types, it cannot include {member.Name}.",
                    node)));
            }
        }
    }

    private void AddValues(EnumType type, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var node in values)
        {
            // Spec 3.9 Enums: the internal value resolvers exchange; the name unless code gave one.
            _options.EnumValues.TryGetValue($"{type.Name}.{node.Name.Value}", out var internalValue);
            var value = new EnumValueDefinition(node.Name.Value, internalValue)
            {
                Description = node.Description?.Value,
                DeprecationReason = AppliedDirectiveValues.DeprecationReason(node.Directives),
                AstNode = node,
            };
            value.Directives.AddRange(node.Directives);
            type.AddValue(value);
        }
    }

    private void AddInputFields(InputObjectType type, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        foreach (var node in fields)
        {
            type.AddField(BuildInputValue(node));
        }
    }

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node)
    {
        var value = new InputValueDefinition(node.Name.Value, GetType(node.Type))
        {
            Description = node.Description?.Value,
            DefaultValue = node.DefaultValue,
            DeprecationReason = AppliedDirectiveValues.DeprecationReason(node.Directives),
            AstNode = node,
        };
        value.Directives.AddRange(node.Directives);
        return value;
    }
}
