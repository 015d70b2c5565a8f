using Gateway.GraphQL;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Linking;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Supergraphs;

/// <summary>
/// Derives the API schema, the schema clients see, from the supergraph document, as Apollo's
/// <c>toAPISchema</c> does: every element of a linked spec goes (types, directive definitions and their
/// applications: join, link, tag, inaccessible, ...), and so does every element marked <c>@inaccessible</c>
/// (types, fields, arguments, enum values, input fields; inaccessible spec v0.2). The result is built with the
/// engine, so it validates and introspects like any schema.
/// </summary>
internal sealed class ApiSchemaBuilder
{
    private readonly IReadOnlyList<LinkedFeature> _features;
    private readonly string? _inaccessible;
    private readonly HashSet<string> _removedTypes = new(StringComparer.Ordinal);

    private ApiSchemaBuilder(IReadOnlyList<LinkedFeature> features)
    {
        _features = features;
        _inaccessible = features.FirstOrDefault(f => f.Identity == SupportedFeatures.InaccessibleIdentity)?.DirectiveName("inaccessible");
    }

    public static Schema Build(DocumentNode supergraph, IReadOnlyList<LinkedFeature> features)
    {
        var builder = new ApiSchemaBuilder(features);
        var document = builder.Transform(supergraph);
        try
        {
            return SchemaBuilder.FromDocument(document);
        }
        catch (GraphQLException error)
        {
            throw new SupergraphException(
                "The API schema derived from the supergraph is not valid: " + string.Join(" ", error.Errors.Select(e => e.Message)), error);
        }
    }

    private DocumentNode Transform(DocumentNode supergraph)
    {
        foreach (var definition in supergraph.Definitions)
        {
            if (definition is TypeDefinitionNode type && (IsSpecElement(type.Name.Value, false) || IsInaccessible(type.Directives)))
            {
                _removedTypes.Add(type.Name.Value);
            }
        }

        var definitions = new List<DefinitionNode>();
        foreach (var definition in supergraph.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    foreach (var operation in schema.OperationTypes)
                    {
                        if (_removedTypes.Contains(operation.Type.Name.Value))
                        {
                            throw new SupergraphException($"Root type \"{operation.Type.Name.Value}\" is @inaccessible; the API schema needs its root types.");
                        }
                    }

                    definitions.Add(new SchemaDefinitionNode(schema.Description, [], schema.OperationTypes));
                    break;
                case DirectiveDefinitionNode directive:
                    // Apollo's toAPISchema drops user-defined @defer/@stream definitions: whether the gateway
                    // supports them is not for the subgraphs to say.
                    if (!IsSpecElement(directive.Name.Value, true) && directive.Name.Value is not ("defer" or "stream"))
                    {
                        definitions.Add(new DirectiveDefinitionNode(directive.Description, directive.Name, Arguments(directive.Arguments, directive.Name.Value), directive.Repeatable, directive.Locations));
                    }

                    break;
                case TypeDefinitionNode type when !_removedTypes.Contains(type.Name.Value):
                    definitions.Add(TransformType(type));
                    break;
            }
        }

        return new DocumentNode(definitions);
    }

    private TypeDefinitionNode TransformType(TypeDefinitionNode type)
    {
        var name = type.Name.Value;
        switch (type)
        {
            case ObjectTypeDefinitionNode objectType:
                return new ObjectTypeDefinitionNode(objectType.Description, objectType.Name, Interfaces(objectType.Interfaces), Directives(objectType.Directives), Fields(objectType.Fields, name));
            case InterfaceTypeDefinitionNode interfaceType:
                return new InterfaceTypeDefinitionNode(interfaceType.Description, interfaceType.Name, Interfaces(interfaceType.Interfaces), Directives(interfaceType.Directives), Fields(interfaceType.Fields, name));
            case UnionTypeDefinitionNode union:
                var members = Interfaces(union.Types);
                if (members.Count == 0)
                {
                    throw AllMembersInaccessible(name);
                }

                return new UnionTypeDefinitionNode(union.Description, union.Name, Directives(union.Directives), members);
            case EnumTypeDefinitionNode enumType:
                var values = enumType.Values.Where(value => !IsInaccessible(value.Directives))
                    .Select(value => new EnumValueDefinitionNode(value.Description, value.Name, Directives(value.Directives)))
                    .ToList();
                if (values.Count == 0)
                {
                    throw AllMembersInaccessible(name);
                }

                return new EnumTypeDefinitionNode(enumType.Description, enumType.Name, Directives(enumType.Directives), values);
            case InputObjectTypeDefinitionNode input:
                var inputFields = Arguments(input.Fields, name);
                if (inputFields.Count == 0)
                {
                    throw AllMembersInaccessible(name);
                }

                return new InputObjectTypeDefinitionNode(input.Description, input.Name, Directives(input.Directives), inputFields);
            case ScalarTypeDefinitionNode scalar:
                return new ScalarTypeDefinitionNode(scalar.Description, scalar.Name, Directives(scalar.Directives));
            default:
                return type;
        }
    }

    private List<FieldDefinitionNode> Fields(IReadOnlyList<FieldDefinitionNode> fields, string typeName)
    {
        var list = new List<FieldDefinitionNode>();
        foreach (var field in fields)
        {
            if (IsInaccessible(field.Directives))
            {
                continue;
            }

            CheckReference(field.Type, $"{typeName}.{field.Name.Value}");
            list.Add(new FieldDefinitionNode(field.Description, field.Name, Arguments(field.Arguments, $"{typeName}.{field.Name.Value}"), field.Type, Directives(field.Directives)));
        }

        if (list.Count == 0)
        {
            throw AllMembersInaccessible(typeName);
        }

        return list;
    }

    private List<InputValueDefinitionNode> Arguments(IReadOnlyList<InputValueDefinitionNode> arguments, string owner)
    {
        var list = new List<InputValueDefinitionNode>();
        foreach (var argument in arguments)
        {
            if (IsInaccessible(argument.Directives))
            {
                continue;
            }

            CheckReference(argument.Type, $"{owner}({argument.Name.Value}:)");
            list.Add(new InputValueDefinitionNode(argument.Description, argument.Name, argument.Type, argument.DefaultValue, Directives(argument.Directives)));
        }

        return list;
    }

    private List<NamedTypeNode> Interfaces(IReadOnlyList<NamedTypeNode> types) =>
        types.Where(type => !_removedTypes.Contains(type.Name.Value)).ToList();

    private List<DirectiveNode> Directives(IReadOnlyList<DirectiveNode> directives) =>
        directives.Where(directive => !IsSpecElement(directive.Name.Value, true)).ToList();

    /// <summary>
    /// Inaccessible spec v0.2: an element that stays in the API schema must not reference an inaccessible
    /// type (composition rejects that, so this only trips on hand-edited supergraphs).
    /// </summary>
    private void CheckReference(TypeNode type, string coordinate)
    {
        var named = type;
        while (named is not NamedTypeNode)
        {
            named = named switch
            {
                ListTypeNode list => list.Type,
                NonNullTypeNode nonNull => nonNull.Type,
                _ => throw new InvalidOperationException("Unknown type node."),
            };
        }

        var name = ((NamedTypeNode)named).Name.Value;
        if (_removedTypes.Contains(name) && !IsSpecElement(name, false))
        {
            throw new SupergraphException($"Type \"{name}\" is @inaccessible but is referenced by \"{coordinate}\", which is in the API schema; mark \"{coordinate}\" @inaccessible too.");
        }
    }

    private static SupergraphException AllMembersInaccessible(string typeName) =>
        new($"Type \"{typeName}\" is in the API schema but all of its members are @inaccessible; mark the type @inaccessible too, or make a member accessible.");

    private bool IsInaccessible(IReadOnlyList<DirectiveNode> directives) =>
        _inaccessible is not null && directives.Any(directive => directive.Name.Value == _inaccessible);

    private bool IsSpecElement(string name, bool isDirective)
    {
        foreach (var feature in _features)
        {
            if (feature.Owns(name, isDirective))
            {
                return true;
            }
        }

        return false;
    }
}
