using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.Building;

/// <summary>
/// Builds a schema from type-system definitions and extensions, on top of an existing schema or of
/// nothing (graphql-js <c>extendSchemaImpl</c>). Types of the existing schema are copied, never
/// changed, so the old schema stays valid.
/// </summary>
internal sealed partial class SchemaExtender
{
    private readonly SchemaBuildOptions _options;
    private readonly TypeSystemDocument _document;
    private readonly OrderedDictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly List<(NamedType? Owner, GraphQLError Error)> _buildErrors = [];

    private SchemaExtender(TypeSystemDocument document, SchemaBuildOptions options)
    {
        _document = document;
        _options = options;
    }

    public static Schema Build(Schema? existing, TypeSystemDocument document, SchemaBuildOptions options) =>
        new SchemaExtender(document, options).Build(existing);

    private Schema Build(Schema? existing)
    {
        var copies = new List<(NamedType Old, NamedType New)>();
        if (existing is not null)
        {
            foreach (var type in existing.Types.Values)
            {
                var copy = IsStandardType(type) ? type : CopyShell(type);
                _types[type.Name] = copy;
                if (!ReferenceEquals(copy, type))
                {
                    copies.Add((type, copy));
                }
            }
        }

        var defined = new List<(TypeDefinitionNode Node, NamedType Type)>();
        foreach (var definition in _document.TypeDefinitions)
        {
            var name = definition.Name.Value;
            if (FindStandardType(name) is { } standard)
            {
                _types.TryAdd(name, standard);
                continue;
            }

            if (_types.ContainsKey(name))
            {
                continue;
            }

            var type = CreateShell(definition);
            _types[name] = type;
            defined.Add((definition, type));
        }

        var directives = new List<DirectiveDefinition>();
        if (existing is not null)
        {
            foreach (var directive in existing.Directives.Values)
            {
                var copy = BuiltInDirectives.IsBuiltInName(directive.Name) ? directive : CopyDirective(directive);
                _directives[directive.Name] = copy;
                directives.Add(copy);
            }
        }

        foreach (var node in _document.DirectiveDefinitions)
        {
            var directive = BuildDirective(node);
            if (_directives.TryAdd(directive.Name, directive))
            {
                directives.Add(directive);
            }
        }

        if (existing is null)
        {
            // graphql-js buildASTSchema: built-in directives not redefined by the document follow the document's.
            foreach (var builtIn in BuiltInDirectives.All)
            {
                if (_directives.TryAdd(builtIn.Name, builtIn))
                {
                    directives.Add(builtIn);
                }
            }
        }

        foreach (var (old, copy) in copies)
        {
            CopyMembers(old, copy);
            ApplyExtensions(copy);
        }

        foreach (var (node, type) in defined)
        {
            ApplyDefinition(node, type);
            ApplyExtensions(type);
        }

        ApplyOptions();
        return CreateSchema(existing, directives);
    }

    private Schema CreateSchema(Schema? existing, List<DirectiveDefinition> directives)
    {
        var roots = new NamedType?[3];
        var rootNodes = new SyntaxNode?[3];
        if (existing is not null)
        {
            roots[0] = existing.QueryType is null ? null : _types[existing.QueryType.Name];
            roots[1] = existing.MutationType is null ? null : _types[existing.MutationType.Name];
            roots[2] = existing.SubscriptionType is null ? null : _types[existing.SubscriptionType.Name];
        }

        IEnumerable<OperationTypeDefinitionNode> operationTypes = _document.SchemaDefinition?.OperationTypes ?? [];
        foreach (var extension in _document.SchemaExtensions)
        {
            operationTypes = operationTypes.Concat(extension.OperationTypes);
        }

        foreach (var operationType in operationTypes)
        {
            var index = (int)operationType.Operation;
            roots[index] = GetNamedType(operationType.Type);
            rootNodes[index] ??= operationType.Type;
        }

        if (existing is null && _document.SchemaDefinition is null)
        {
            // Spec 3.3.1 Default Root Operation Type Names.
            roots[0] = _types.GetValueOrDefault("Query") ?? roots[0];
            roots[1] = _types.GetValueOrDefault("Mutation") ?? roots[1];
            roots[2] = _types.GetValueOrDefault("Subscription") ?? roots[2];
        }

        var rootTypes = new ObjectType?[3];
        string[] operationNames = ["Query", "Mutation", "Subscription"];
        for (var i = 0; i < 3; i++)
        {
            if (roots[i] is ObjectType objectType)
            {
                rootTypes[i] = objectType;
            }
            else if (roots[i] is { } other)
            {
                _buildErrors.Add((null, GraphQLError.At(
                    i == 0
                        ? $"Query root type must be Object type, it cannot be {other.Name}."
                        : $"{operationNames[i]} root type must be Object type if provided, it cannot be {other.Name}.",
                    rootNodes[i] ?? other.AstNode)));
            }
        }

        var schema = new Schema(
            _types.Values,
            directives,
            rootTypes[0],
            rootTypes[1],
            rootTypes[2],
            _document.SchemaDefinition?.Description?.Value ?? existing?.Description)
        {
            AstNode = _document.SchemaDefinition ?? existing?.AstNode,
        };

        if (existing is not null)
        {
            schema.AppliedDirectives.AddRange(existing.AppliedDirectives);
            schema.ExtensionAstNodes.AddRange(existing.ExtensionAstNodes);
            foreach (var (owner, error) in existing.BuildErrors)
            {
                schema.BuildErrors.Add((owner is null ? null : _types.GetValueOrDefault(owner.Name), error));
            }
        }

        if (_document.SchemaDefinition is { } definition)
        {
            schema.AppliedDirectives.AddRange(definition.Directives);
        }

        foreach (var extension in _document.SchemaExtensions)
        {
            schema.AppliedDirectives.AddRange(extension.Directives);
            schema.ExtensionAstNodes.Add(extension);
        }

        schema.BuildErrors.AddRange(_buildErrors);
        return schema;
    }

    private void ApplyOptions()
    {
        foreach (var type in _types.Values)
        {
            switch (type)
            {
                case ComplexType complex when !SchemaValidator.IsIntrospectionType(type):
                    foreach (var field in complex.Fields.Values)
                    {
                        if (_options.Resolvers.TryGetValue(field.Coordinate, out var resolver))
                        {
                            field.Resolver = resolver;
                        }
                    }

                    if (complex is InterfaceType @interface && _options.TypeResolvers.TryGetValue(type.Name, out var typeResolver))
                    {
                        @interface.ResolveType = typeResolver;
                    }

                    break;
                case UnionType union when _options.TypeResolvers.TryGetValue(type.Name, out var unionResolver):
                    union.ResolveType = unionResolver;
                    break;
            }
        }
    }

    private static bool IsStandardType(NamedType type) =>
        SchemaValidator.IsIntrospectionType(type) || (BuiltInScalars.IsBuiltInName(type.Name) && ReferenceEquals(BuiltInScalars.Find(type.Name), type));

    private static NamedType? FindStandardType(string name)
    {
        if (BuiltInScalars.Find(name) is { } scalar)
        {
            return scalar;
        }

        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            foreach (var type in IntrospectionTypes.All)
            {
                if (type.Name == name)
                {
                    return type;
                }
            }
        }

        return null;
    }

    /// <summary>The type a type reference names; an unknown name fails the build (KnownTypeNames reports it first).</summary>
    private GraphQLType GetType(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(GetType(nonNull.Type)),
        ListTypeNode list => new ListType(GetType(list.Type)),
        _ => GetNamedType((NamedTypeNode)node),
    };

    private NamedType GetNamedType(NamedTypeNode node) =>
        _types.GetValueOrDefault(node.Name.Value)
        ?? FindStandardType(node.Name.Value)
        ?? throw new GraphQLException(GraphQLError.At($"Unknown type: \"{node.Name.Value}\".", node));

    private GraphQLType Remap(GraphQLType type) => type switch
    {
        NonNullType nonNull => new NonNullType(Remap(nonNull.OfType)),
        ListType list => new ListType(Remap(list.OfType)),
        NamedType named => _types.GetValueOrDefault(named.Name) ?? named,
        _ => type,
    };
}
