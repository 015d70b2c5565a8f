using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Security.Policies;

/// <summary>
/// Builds the schema a subject's introspection answers from: the API schema without the fields it may never read,
/// without the filter and ordering inputs that name only such fields (the input-object keys and enum values
/// <see cref="ArgumentCheck"/> would refuse), and without the types that leaves empty (with the fields, arguments and
/// union members of those types, until nothing more goes). Root types always stay. The result answers
/// <c>__schema</c> and <c>__type</c> only; requests are still validated against the full schema, so a hidden field
/// that is queried is refused with <c>FORBIDDEN_FIELD</c>, as before.
/// </summary>
internal static class IntrospectionSchemaFilter
{
    private const int MaxDepth = 64;

    /// <param name="schema">The API schema.</param>
    /// <param name="hidden">The coordinates (<c>Type.field</c>) the subject may never read; not empty.</param>
    public static Schema Filter(Schema schema, HashSet<string> hidden)
    {
        // A field of an interface is hidden with a hidden implementation's field (its rules include the implementation's,
        // so this only guards against a schema the builder would refuse: an object missing an interface's field).
        foreach (var type in schema.Types.Values)
        {
            if (type is ObjectType objectType)
            {
                foreach (var field in objectType.Fields.Values)
                {
                    if (hidden.Contains(objectType.Name + "." + field.Name))
                    {
                        foreach (var implemented in objectType.Interfaces)
                        {
                            if (implemented.GetField(field.Name) is not null)
                            {
                                hidden.Add(implemented.Name + "." + field.Name);
                            }
                        }
                    }
                }
            }
        }

        var hiddenInputs = HiddenInputs(schema, hidden);
        var document = Parser.Parse(SchemaPrinter.Print(schema));
        var roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType })
        {
            if (root is not null)
            {
                roots.Add(root.Name);
            }
        }

        var removedTypes = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<DefinitionNode> definitions = document.Definitions;
        while (true)
        {
            var removedBefore = removedTypes.Count;
            var next = new List<DefinitionNode>(definitions.Count);
            foreach (var definition in definitions)
            {
                if (Filtered(definition, hidden, hiddenInputs, removedTypes, roots) is { } kept)
                {
                    next.Add(kept);
                }
                else if (definition is TypeDefinitionNode type)
                {
                    removedTypes.Add(type.Name.Value);
                }
            }

            definitions = next;
            if (removedTypes.Count == removedBefore)
            {
                break;
            }
        }

        return SchemaBuilder.FromDocument(new DocumentNode(definitions));
    }

    /// <summary>The definition without what is hidden; null when nothing of it is left (never for a root type).</summary>
    private static DefinitionNode? Filtered(
        DefinitionNode definition, HashSet<string> hidden, HashSet<string> hiddenInputs, HashSet<string> removedTypes, HashSet<string> roots)
    {
        switch (definition)
        {
            case ObjectTypeDefinitionNode objectType:
                var objectFields = Fields(objectType.Name.Value, objectType.Fields, hidden, hiddenInputs, removedTypes);
                if (objectFields.Count == 0 && roots.Contains(objectType.Name.Value))
                {
                    // A root type without fields is no schema; its fields' existence is what every client sees anyway.
                    return objectType;
                }

                return objectFields.Count == 0 ? null : new ObjectTypeDefinitionNode(
                    objectType.Description, objectType.Name, Kept(objectType.Interfaces, removedTypes), objectType.Directives, objectFields);
            case InterfaceTypeDefinitionNode interfaceType:
                var interfaceFields = Fields(interfaceType.Name.Value, interfaceType.Fields, hidden, hiddenInputs, removedTypes);
                return interfaceFields.Count == 0 ? null : new InterfaceTypeDefinitionNode(
                    interfaceType.Description, interfaceType.Name, Kept(interfaceType.Interfaces, removedTypes), interfaceType.Directives, interfaceFields);
            case UnionTypeDefinitionNode union:
                var members = Kept(union.Types, removedTypes);
                return members.Count == 0 ? null : new UnionTypeDefinitionNode(union.Description, union.Name, union.Directives, members);
            case InputObjectTypeDefinitionNode input:
                var inputFields = InputValues(input.Name.Value + ".", input.Fields, hiddenInputs, removedTypes);
                return inputFields.Count == 0 ? null : new InputObjectTypeDefinitionNode(input.Description, input.Name, input.Directives, inputFields);
            case EnumTypeDefinitionNode enumType:
                var values = new List<EnumValueDefinitionNode>(enumType.Values.Count);
                foreach (var value in enumType.Values)
                {
                    if (!hiddenInputs.Contains(enumType.Name.Value + "." + value.Name.Value))
                    {
                        values.Add(value);
                    }
                }

                return values.Count == 0 ? null : new EnumTypeDefinitionNode(enumType.Description, enumType.Name, enumType.Directives, values);
            default:
                return definition;
        }
    }

    private static List<FieldDefinitionNode> Fields(
        string typeName, IReadOnlyList<FieldDefinitionNode> fields, HashSet<string> hidden, HashSet<string> hiddenInputs, HashSet<string> removedTypes)
    {
        var kept = new List<FieldDefinitionNode>(fields.Count);
        foreach (var field in fields)
        {
            var coordinate = typeName + "." + field.Name.Value;
            if (hidden.Contains(coordinate) || removedTypes.Contains(field.Type.NamedType.Name.Value))
            {
                continue;
            }

            var arguments = InputValues(coordinate + "(", field.Arguments, hiddenInputs, removedTypes);
            kept.Add(arguments.Count == field.Arguments.Count
                ? field
                : new FieldDefinitionNode(field.Description, field.Name, arguments, field.Type, field.Directives));
        }

        return kept;
    }

    /// <summary>Input values whose type is still there and that are not hidden (keys: <c>Input.field</c>, or <c>Type.field(</c> + argument).</summary>
    private static List<InputValueDefinitionNode> InputValues(
        string prefix, IReadOnlyList<InputValueDefinitionNode> values, HashSet<string> hiddenInputs, HashSet<string> removedTypes)
    {
        var kept = new List<InputValueDefinitionNode>(values.Count);
        foreach (var value in values)
        {
            if (!removedTypes.Contains(value.Type.NamedType.Name.Value) && !hiddenInputs.Contains(prefix + value.Name.Value))
            {
                kept.Add(value);
            }
        }

        return kept;
    }

    private static List<NamedTypeNode> Kept(IReadOnlyList<NamedTypeNode> types, HashSet<string> removedTypes)
    {
        var kept = new List<NamedTypeNode>(types.Count);
        foreach (var type in types)
        {
            if (!removedTypes.Contains(type.Name.Value))
            {
                kept.Add(type);
            }
        }

        return kept;
    }

    /// <summary>
    /// The input-object fields (<c>Input.key</c>) and enum values (<c>Enum.VALUE</c>) that name a hidden field of the
    /// type they filter or order, found as <see cref="ArgumentCheck"/> finds them in a request: from every argument of
    /// every field, an input key naming a field of the field's type names that field (a relation moves on to the related
    /// type), other keys are looked into with the same type, and an enum value spelling a field's name orders by it.
    /// </summary>
    private static HashSet<string> HiddenInputs(Schema schema, HashSet<string> hidden)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<(string, string)>();
        foreach (var type in schema.Types.Values)
        {
            if (type is not ComplexType complex || type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var field in complex.Fields.Values)
            {
                foreach (var argument in field.Arguments.Values)
                {
                    Visit(schema, field.Type.Named, argument.Type.Named, hidden, found, visited, 0);
                }
            }
        }

        return found;
    }

    private static void Visit(
        Schema schema, NamedType output, NamedType input, HashSet<string> hidden, HashSet<string> found, HashSet<(string, string)> visited, int depth)
    {
        if (depth > MaxDepth || !visited.Add((output.Name, input.Name)))
        {
            return;
        }

        if (input is EnumType enumType)
        {
            foreach (var value in enumType.Values.Values)
            {
                if (OrdersByHiddenField(schema, output, value.Name, hidden))
                {
                    found.Add(enumType.Name + "." + value.Name);
                }
            }

            return;
        }

        if (input is not InputObjectType inputObject)
        {
            return;
        }

        foreach (var key in inputObject.Fields.Values)
        {
            var nextOutput = output;
            foreach (var filtered in TypesOf(schema, output))
            {
                if (filtered.GetField(key.Name) is not { } field)
                {
                    continue;
                }

                if (hidden.Contains(filtered.Name + "." + field.Name))
                {
                    found.Add(inputObject.Name + "." + key.Name);
                }

                if (field.Type.Named is ComplexType or UnionType)
                {
                    nextOutput = field.Type.Named;
                }
            }

            Visit(schema, nextOutput, key.Type.Named, hidden, found, visited, depth + 1);
        }
    }

    /// <summary>Whether an ordering value spells a hidden field (<c>EMAIL</c>, <c>EMAIL_DESC</c>, <c>emailAsc</c>).</summary>
    private static bool OrdersByHiddenField(Schema schema, NamedType output, string value, HashSet<string> hidden)
    {
        var normalized = Normalize(value);
        foreach (var type in TypesOf(schema, output))
        {
            foreach (var field in type.Fields.Values)
            {
                var name = Normalize(field.Name);
                if (normalized.StartsWith(name, StringComparison.Ordinal)
                    && normalized.AsSpan(name.Length) is "" or "asc" or "desc"
                    && hidden.Contains(type.Name + "." + field.Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<ComplexType> TypesOf(Schema schema, NamedType output)
    {
        var types = new List<ComplexType>();
        if (output is ComplexType complex)
        {
            types.Add(complex);
        }

        if (output is InterfaceType or UnionType)
        {
            foreach (var possible in schema.GetPossibleTypes(output))
            {
                types.Add(possible);
            }
        }

        return types;
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
