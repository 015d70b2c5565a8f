using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>
/// Declares a schema in code: types, fields with types written as in SDL (<c>"[User!]!"</c>), arguments,
/// resolvers. <see cref="Build"/> turns the declarations into the same syntax tree SDL would give and
/// builds it with <see cref="SchemaBuilder"/>, so the result is the same model, checked by the same rules.
/// </summary>
/// <example>
/// <code>
/// var schema = new CodeFirstSchemaBuilder()
///     .Object("Query", type => type.Field("hello", "String!", _ => ValueTask.FromResult&lt;object?&gt;("world")))
///     .Build();
/// </code>
/// </example>
public sealed class CodeFirstSchemaBuilder
{
    private readonly List<Func<DefinitionNode>> _definitions = [];
    private readonly SchemaBuildOptions _options = new();
    private string? _description;
    private (string? Query, string? Mutation, string? Subscription) _roots;

    /// <summary>
    /// The resolvers, type resolvers, custom scalars and enum values declared so far: what <see cref="Build"/>
    /// passes with <see cref="ToDocument"/>, for callers that add definitions to the document before building
    /// (the subgraph SDK adds the federation definitions).
    /// </summary>
    public SchemaBuildOptions Options => _options;

    /// <summary>An object type (Spec 3.6).</summary>
    public CodeFirstSchemaBuilder Object(string name, Action<ComplexTypeBuilder> configure) =>
        AddComplex(name, configure, isInterface: false);

    /// <summary>An interface type (Spec 3.7).</summary>
    public CodeFirstSchemaBuilder Interface(string name, Action<ComplexTypeBuilder> configure, TypeResolver? resolveType = null)
    {
        if (resolveType is not null)
        {
            _options.TypeResolvers[name] = resolveType;
        }

        return AddComplex(name, configure, isInterface: true);
    }

    /// <summary>A union of object types (Spec 3.8).</summary>
    public CodeFirstSchemaBuilder Union(string name, IReadOnlyList<string> members, TypeResolver? resolveType = null, string? description = null)
    {
        if (resolveType is not null)
        {
            _options.TypeResolvers[name] = resolveType;
        }

        _definitions.Add(() =>
        {
            var types = new NamedTypeNode[members.Count];
            for (var i = 0; i < types.Length; i++)
            {
                types[i] = new NamedTypeNode(new NameNode(members[i]));
            }

            return new UnionTypeDefinitionNode(SyntaxFactory.Description(description), new NameNode(name), [], types);
        });
        return this;
    }

    /// <summary>An enum type (Spec 3.9).</summary>
    public CodeFirstSchemaBuilder Enum(string name, Action<EnumTypeBuilder> configure)
    {
        var builder = new EnumTypeBuilder(name);
        configure(builder);
        foreach (var (value, internalValue) in builder.InternalValues)
        {
            _options.EnumValues[$"{name}.{value}"] = internalValue;
        }

        _definitions.Add(builder.ToSyntax);
        return this;
    }

    /// <summary>An input object type (Spec 3.10).</summary>
    public CodeFirstSchemaBuilder Input(string name, Action<InputObjectTypeBuilder> configure)
    {
        var builder = new InputObjectTypeBuilder(name);
        configure(builder);
        _definitions.Add(builder.ToSyntax);
        return this;
    }

    /// <summary>A custom scalar with its own coercion (Spec 3.5).</summary>
    public CodeFirstSchemaBuilder Scalar(ScalarType scalar)
    {
        _options.Scalars[scalar.Name] = scalar;
        var specifiedBy = scalar.SpecifiedByUrl is { } url
            ? new[] { SyntaxFactory.Directive("specifiedBy", "url", url) }
            : [];
        _definitions.Add(() => new ScalarTypeDefinitionNode(SyntaxFactory.Description(scalar.Description), new NameNode(scalar.Name), specifiedBy));
        return this;
    }

    /// <summary>Root operation types with names other than Query/Mutation/Subscription (Spec 3.3.1).</summary>
    public CodeFirstSchemaBuilder RootTypes(string query, string? mutation = null, string? subscription = null)
    {
        _roots = (query, mutation, subscription);
        return this;
    }

    public CodeFirstSchemaBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>The declarations as a type-system document, as SDL would give.</summary>
    public DocumentNode ToDocument()
    {
        var definitions = new List<DefinitionNode>(_definitions.Count + 1);
        if (_roots.Query is not null || _description is not null)
        {
            var operations = new List<OperationTypeDefinitionNode>
            {
                new(OperationType.Query, new NamedTypeNode(new NameNode(_roots.Query ?? "Query"))),
            };
            if (_roots.Mutation is { } mutation)
            {
                operations.Add(new(OperationType.Mutation, new NamedTypeNode(new NameNode(mutation))));
            }

            if (_roots.Subscription is { } subscription)
            {
                operations.Add(new(OperationType.Subscription, new NamedTypeNode(new NameNode(subscription))));
            }

            definitions.Add(new SchemaDefinitionNode(SyntaxFactory.Description(_description), [], operations));
        }

        foreach (var definition in _definitions)
        {
            definitions.Add(definition());
        }

        return new DocumentNode(definitions);
    }

    /// <summary>Builds and validates the schema; throws <see cref="GraphQLException"/> with every error.</summary>
    public Schema Build() => SchemaBuilder.FromDocument(ToDocument(), _options);

    private CodeFirstSchemaBuilder AddComplex(string name, Action<ComplexTypeBuilder> configure, bool isInterface)
    {
        var builder = new ComplexTypeBuilder(name);
        configure(builder);
        foreach (var (field, resolver) in builder.Resolvers)
        {
            _options.Resolvers[$"{name}.{field}"] = resolver;
        }

        _definitions.Add(() => builder.ToSyntax(isInterface));
        return this;
    }
}
