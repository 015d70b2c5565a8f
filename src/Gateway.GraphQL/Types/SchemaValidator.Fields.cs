using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>Fields of object and interface types, and interface implementations.</summary>
public sealed partial class SchemaValidator
{
    /// <summary>Spec 3.6.2 Object Type Validation / 3.7.2 Interface Type Validation: fields and their arguments.</summary>
    private void ValidateFields(ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            Report($"Type {type.Name} must define one or more fields.", DefinitionNodes(type));
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsOutputType)
            {
                Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments.Values)
            {
                ValidateName(argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                {
                    Report(
                        $"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode?.Type);
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    Report(
                        $"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveOf(argument),
                        argument.AstNode?.Type);
                }
            }
        }
    }

    /// <summary>Spec 3.6.2 / 3.7.2: each implemented interface once, not itself, with its ancestors, and satisfied.</summary>
    private void ValidateInterfaces(ComplexType type)
    {
        ReportBuildErrors(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var @interface in type.Interfaces)
        {
            if (ReferenceEquals(type, @interface))
            {
                Report(
                    $"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    ImplementsNodes(type, @interface));
                continue;
            }

            if (!seen.Add(@interface.Name))
            {
                Report($"Type {type.Name} can only implement {@interface.Name} once.", ImplementsNodes(type, @interface));
                continue;
            }

            ValidateImplementsAncestors(type, @interface);
            ValidateImplementsInterface(type, @interface);
        }
    }

    /// <summary>Spec 3.6.2 IsValidImplementation: every interface field, covariant type, same arguments.</summary>
    private void ValidateImplementsInterface(ComplexType type, InterfaceType @interface)
    {
        foreach (var interfaceField in @interface.Fields.Values)
        {
            var fieldName = interfaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                var nodes = new List<SyntaxNode?> { interfaceField.AstNode };
                nodes.AddRange(DefinitionNodes(type));
                Report($"Interface field {@interface.Name}.{fieldName} expected but {type.Name} does not provide it.", [.. nodes]);
                continue;
            }

            if (!IsTypeSubTypeOf(typeField.Type, interfaceField.Type))
            {
                Report(
                    $"Interface field {@interface.Name}.{fieldName} expects type {interfaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    interfaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (var interfaceArgument in interfaceField.Arguments.Values)
            {
                var argumentName = interfaceArgument.Name;
                if (!typeField.Arguments.TryGetValue(argumentName, out var typeArgument))
                {
                    Report(
                        $"Interface field argument {@interface.Name}.{fieldName}({argumentName}:) expected but {type.Name}.{fieldName} does not provide it.",
                        interfaceArgument.AstNode,
                        typeField.AstNode);
                    continue;
                }

                if (!IsEqualType(interfaceArgument.Type, typeArgument.Type))
                {
                    Report(
                        $"Interface field argument {@interface.Name}.{fieldName}({argumentName}:) expects type {interfaceArgument.Type} but {type.Name}.{fieldName}({argumentName}:) is type {typeArgument.Type}.",
                        interfaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments.Values)
            {
                if (!interfaceField.Arguments.ContainsKey(typeArgument.Name) && IsRequired(typeArgument))
                {
                    Report(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {@interface.Name}.{fieldName}.",
                        typeArgument.AstNode,
                        interfaceField.AstNode);
                }
            }
        }
    }

    /// <summary>Spec 3.7.2: a type implementing an interface also implements the interfaces that one implements.</summary>
    private void ValidateImplementsAncestors(ComplexType type, InterfaceType @interface)
    {
        foreach (var transitive in @interface.Interfaces)
        {
            if (type.Interfaces.Contains(transitive))
            {
                continue;
            }

            var nodes = new List<SyntaxNode?>(ImplementsNodes(@interface, transitive));
            nodes.AddRange(ImplementsNodes(type, @interface));
            Report(
                ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {@interface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {@interface.Name}.",
                [.. nodes]);
        }
    }

    /// <summary>Spec 3.6.2 IsSubType-like check for field types (covariance): graphql-js <c>isTypeSubTypeOf</c>.</summary>
    private bool IsTypeSubTypeOf(GraphQLType maybeSubType, GraphQLType superType)
    {
        if (IsEqualType(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is InterfaceType or UnionType
            && maybeSubType is ComplexType
            && _schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    internal static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };

    /// <summary>The <c>implements</c> entries naming <paramref name="interface"/> in the type's definition and extensions.</summary>
    private static SyntaxNode?[] ImplementsNodes(ComplexType type, NamedType @interface)
    {
        var nodes = new List<SyntaxNode?>();
        AddMatching(type.AstNode);
        foreach (var extension in type.ExtensionAstNodes)
        {
            AddMatching(extension);
        }

        return [.. nodes];

        void AddMatching(SyntaxNode? node)
        {
            var interfaces = node switch
            {
                ObjectTypeDefinitionNode definition => definition.Interfaces,
                ObjectTypeExtensionNode extension => extension.Interfaces,
                InterfaceTypeDefinitionNode definition => definition.Interfaces,
                InterfaceTypeExtensionNode extension => extension.Interfaces,
                _ => [],
            };
            foreach (var named in interfaces)
            {
                if (named.Name.Value == @interface.Name)
                {
                    nodes.Add(named);
                }
            }
        }
    }
}
