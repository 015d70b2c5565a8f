using Gateway.GraphQL.Language;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Types.Building;

/// <summary>SDL rules about definitions: one schema, unique names, extensions of existing types.</summary>
internal sealed partial class SdlDocumentValidator
{
    private static readonly string[] OperationNames = ["query", "mutation", "subscription"];

    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _definedOperationTypes = [];
    private readonly Dictionary<string, NameNode> _knownTypeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameNode> _knownDirectiveNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, NameNode>> _knownFieldNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, NameNode>> _knownEnumValueNames = new(StringComparer.Ordinal);
    private int _schemaDefinitionCount;

    /// <summary>Spec 3.3 Schema: a document describes at most one schema definition.</summary>
    private void CheckLoneSchemaDefinition(SchemaDefinitionNode node)
    {
        var alreadyDefined = _schema is not null
            && (_schema.AstNode is not null || _schema.QueryType is not null || _schema.MutationType is not null || _schema.SubscriptionType is not null);
        if (alreadyDefined)
        {
            Report("Cannot define a new schema within a schema extension.", node);
            return;
        }

        if (_schemaDefinitionCount > 0)
        {
            Report("Must provide only one schema definition.", node);
        }

        _schemaDefinitionCount++;
    }

    /// <summary>Spec 3.3.1 Root Operation Types: each operation has at most one root type.</summary>
    private void CheckUniqueOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            var operation = operationType.Operation;
            var name = OperationNames[(int)operation];
            if (_schema?.GetRootType(operation) is not null)
            {
                Report($"Type for {name} already defined in the schema. It cannot be redefined.", operationType);
            }
            else if (_definedOperationTypes.TryGetValue(operation, out var previous))
            {
                Report($"There can be only one {name} type in schema.", previous, operationType);
            }
            else
            {
                _definedOperationTypes[operation] = operationType;
            }
        }
    }

    /// <summary>Spec 3.4 Types: all types within a schema must have unique names.</summary>
    private void CheckUniqueTypeName(TypeDefinitionNode node)
    {
        var name = node.Name.Value;
        if (_schema?.GetType(name) is not null)
        {
            Report($"Type \"{name}\" already exists in the schema. It cannot also be defined in this type definition.", node.Name.Location);
        }
        else if (_knownTypeNames.TryGetValue(name, out var known))
        {
            Report($"There can be only one type named \"{name}\".", known.Location, node.Name.Location);
        }
        else
        {
            _knownTypeNames[name] = node.Name;
        }
    }

    /// <summary>Spec 3.13 Directives: directive names are unique.</summary>
    private void CheckUniqueDirectiveName(DirectiveDefinitionNode node)
    {
        var name = node.Name.Value;
        if (_schema?.GetDirective(name) is not null)
        {
            Report($"Directive \"@{name}\" already exists in the schema. It cannot be redefined.", node.Name.Location);
        }
        else if (_knownDirectiveNames.TryGetValue(name, out var known))
        {
            Report($"There can be only one directive named \"@{name}\".", known.Location, node.Name.Location);
        }
        else
        {
            _knownDirectiveNames[name] = node.Name;
        }
    }

    /// <summary>Unique enum values, field names and argument names within a type definition or extension.</summary>
    private void CheckMemberNames(SyntaxNode node)
    {
        switch (node)
        {
            case EnumTypeDefinitionNode enumNode:
                CheckUniqueEnumValueNames(enumNode.Name.Value, enumNode.Values);
                break;
            case EnumTypeExtensionNode enumNode:
                CheckUniqueEnumValueNames(enumNode.Name.Value, enumNode.Values);
                break;
            case InputObjectTypeDefinitionNode inputNode:
                CheckUniqueFieldNames(inputNode.Name.Value, inputNode.Fields, static f => f.Name);
                break;
            case InputObjectTypeExtensionNode inputNode:
                CheckUniqueFieldNames(inputNode.Name.Value, inputNode.Fields, static f => f.Name);
                break;
            case InterfaceTypeDefinitionNode interfaceNode:
                CheckFields(interfaceNode.Name.Value, interfaceNode.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceNode:
                CheckFields(interfaceNode.Name.Value, interfaceNode.Fields);
                break;
            case ObjectTypeDefinitionNode objectNode:
                CheckFields(objectNode.Name.Value, objectNode.Fields);
                break;
            case ObjectTypeExtensionNode objectNode:
                CheckFields(objectNode.Name.Value, objectNode.Fields);
                break;
        }

        void CheckFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
        {
            CheckUniqueFieldNames(typeName, fields, static f => f.Name);
            foreach (var field in fields)
            {
                CheckUniqueArgumentDefinitionNames($"{typeName}.{field.Name.Value}", field.Arguments);
            }
        }
    }

    /// <summary>Spec 3.9 Enums: values are unique within an enum and its extensions.</summary>
    private void CheckUniqueEnumValueNames(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        if (!_knownEnumValueNames.TryGetValue(typeName, out var known))
        {
            known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            _knownEnumValueNames[typeName] = known;
        }

        var existing = _schema?.GetType(typeName) as EnumType;
        foreach (var value in values)
        {
            var name = value.Name.Value;
            if (existing is not null && existing.Values.ContainsKey(name))
            {
                Report($"Enum value \"{typeName}.{name}\" already exists in the schema. It cannot also be defined in this type extension.", value.Name.Location);
            }
            else if (known.TryGetValue(name, out var previous))
            {
                Report($"Enum value \"{typeName}.{name}\" can only be defined once.", previous.Location, value.Name.Location);
            }
            else
            {
                known[name] = value.Name;
            }
        }
    }

    /// <summary>Spec 3.6 Objects, 3.10 Input Objects: field names are unique within a type and its extensions.</summary>
    private void CheckUniqueFieldNames<T>(string typeName, IReadOnlyList<T> fields, Func<T, NameNode> nameOf)
    {
        if (!_knownFieldNames.TryGetValue(typeName, out var known))
        {
            known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            _knownFieldNames[typeName] = known;
        }

        var existing = _schema?.GetType(typeName);
        foreach (var field in fields)
        {
            var nameNode = nameOf(field);
            var name = nameNode.Value;
            var existsInSchema = existing switch
            {
                ComplexType complex => complex.Fields.ContainsKey(name),
                InputObjectType input => input.Fields.ContainsKey(name),
                _ => false,
            };
            if (existsInSchema)
            {
                Report($"Field \"{typeName}.{name}\" already exists in the schema. It cannot also be defined in this type extension.", nameNode.Location);
            }
            else if (known.TryGetValue(name, out var previous))
            {
                Report($"Field \"{typeName}.{name}\" can only be defined once.", previous.Location, nameNode.Location);
            }
            else
            {
                known[name] = nameNode;
            }
        }
    }

    /// <summary>Spec 3.6.1 Field Arguments, 3.13: argument names are unique per field or directive.</summary>
    private void CheckUniqueArgumentDefinitionNames(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        var groups = new OrderedDictionary<string, List<Location?>>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (!groups.TryGetValue(argument.Name.Value, out var group))
            {
                group = [];
                groups[argument.Name.Value] = group;
            }

            group.Add(argument.Name.Location);
        }

        foreach (var (name, group) in groups)
        {
            if (group.Count > 1)
            {
                Report($"Argument \"{parentName}({name}:)\" can only be defined once.", [.. group]);
            }
        }
    }

    /// <summary>Spec 3.4.3 Type Extensions: the named type must exist and be of the same kind.</summary>
    private void CheckPossibleTypeExtension(TypeExtensionNode node)
    {
        var name = node.Name.Value;
        _definedTypes.TryGetValue(name, out var definition);
        var existing = _schema?.GetType(name);
        string? expectedKind = definition is not null ? KindOf(definition.Kind)
            : existing is not null ? KindOf(existing.Kind)
            : null;

        if (expectedKind is null)
        {
            var candidates = new List<string>(_definedTypes.Keys);
            if (_schema is not null)
            {
                candidates.AddRange(_schema.Types.Keys);
            }

            Report(
                $"Cannot extend type \"{name}\" because it is not defined.{DidYouMean.Format(SuggestionList.Find(name, candidates))}",
                node.Name.Location);
            return;
        }

        var extensionKind = KindOf(node.Kind);
        if (expectedKind != extensionKind)
        {
            if (definition is not null)
            {
                Report($"Cannot extend non-{extensionKind} type \"{name}\".", definition, node);
            }
            else
            {
                Report($"Cannot extend non-{extensionKind} type \"{name}\".", node);
            }
        }
    }

    private static string KindOf(SyntaxKind kind) => kind switch
    {
        SyntaxKind.ScalarTypeDefinition or SyntaxKind.ScalarTypeExtension => "scalar",
        SyntaxKind.ObjectTypeDefinition or SyntaxKind.ObjectTypeExtension => "object",
        SyntaxKind.InterfaceTypeDefinition or SyntaxKind.InterfaceTypeExtension => "interface",
        SyntaxKind.UnionTypeDefinition or SyntaxKind.UnionTypeExtension => "union",
        SyntaxKind.EnumTypeDefinition or SyntaxKind.EnumTypeExtension => "enum",
        _ => "input object",
    };

    private static string KindOf(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "scalar",
        TypeKind.Object => "object",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        _ => "input object",
    };
}
