using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.Subgraph.Building;
using Gateway.Subgraph.Entities;
using Gateway.Subgraph.Linking;

namespace Gateway.Subgraph;

/// <summary>
/// Builds an Apollo Federation subgraph from its SDL and its resolvers. The SDL opts into Federation 2 with
/// <c>extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", ...])</c> (without
/// a federation <c>@link</c> it is a Federation 1 schema); the builder adds the federation directives,
/// <c>_service</c> and <c>_entities</c>, so the SDL declares only the subgraph's own types.
/// </summary>
/// <example>
/// <code>
/// var subgraph = new SubgraphBuilder("""
///     extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
///     type Query { book(isbn: ID!): Book }
///     type Book @key(fields: "isbn") { isbn: ID! title: String }
///     """)
///     .Resolve("Query.book", context => ValueTask.FromResult&lt;object?&gt;(books.Find(context.Argument&lt;string&gt;("isbn"))))
///     .ResolveReferences("Book", async (representations, context) => await books.FindAllAsync(representations.Select(r => r.Require&lt;string&gt;("isbn"))))
///     .Build();
/// </code>
/// </example>
public sealed partial class SubgraphBuilder
{
    private readonly Func<DocumentNode> _document;
    private readonly string? _authoredSdl;
    private readonly Dictionary<string, ReferenceResolver> _referenceResolvers = new(StringComparer.Ordinal);
    private readonly DirectiveAnnotations _annotations = new();
    private readonly Dictionary<string, (KeyedReferenceResolver Keyed, ReferenceResolver Resolver)> _keyedResolvers = new(StringComparer.Ordinal);

    /// <param name="sdl">The subgraph's SDL; <c>_service { sdl }</c> answers it as written (printed, when directives are applied from code).</param>
    public SubgraphBuilder(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        _authoredSdl = sdl;
        var document = Parser.Parse(sdl);
        _document = () => document;
    }

    /// <param name="document">The subgraph's SDL, parsed; <c>_service { sdl }</c> answers it printed.</param>
    public SubgraphBuilder(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _document = () => document;
    }

    private SubgraphBuilder(Func<DocumentNode> document, SchemaBuildOptions options, string? authoredSdl = null)
    {
        _document = document;
        Options = options;
        _authoredSdl = authoredSdl;
    }

    /// <summary>Resolvers, type resolvers, custom scalars and enum values, as for any SDL schema.</summary>
    public SchemaBuildOptions Options { get; } = new();

    /// <summary>The resolver of the field at <paramref name="coordinate"/>, e.g. <c>"Query.book"</c> or <c>"Book.reviews"</c>.</summary>
    public SubgraphBuilder Resolve(string coordinate, FieldResolver resolver)
    {
        Options.Resolve(coordinate, resolver);
        return this;
    }

    /// <summary>How values of an interface or union are told apart.</summary>
    public SubgraphBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        Options.ResolveType(abstractTypeName, resolver);
        return this;
    }

    /// <summary>A custom scalar with its own coercion, used where the SDL declares <c>scalar Name</c>.</summary>
    public SubgraphBuilder AddScalar(ScalarType scalar)
    {
        Options.AddScalar(scalar);
        return this;
    }

    /// <summary>
    /// How entities of <paramref name="typeName"/> are found from their representations, in one call per
    /// <c>_entities</c> field (see <see cref="ReferenceResolver"/>). Without one, an entity is its representation.
    /// </summary>
    public SubgraphBuilder ResolveReferences(string typeName, ReferenceResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        ArgumentNullException.ThrowIfNull(resolver);
        _referenceResolvers[typeName] = resolver;
        return this;
    }

    /// <summary>
    /// How one entity of <paramref name="typeName"/> is found from its representation. The representations of
    /// a request are resolved concurrently; prefer <see cref="ResolveReferences"/> where one query can fetch them all.
    /// </summary>
    public SubgraphBuilder ResolveReference(string typeName, Func<EntityRepresentation, FieldContext, ValueTask<object?>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return ResolveReferences(typeName, async (representations, context) =>
        {
            var pending = new ValueTask<object?>[representations.Count];
            for (var i = 0; i < pending.Length; i++)
            {
                pending[i] = Start(resolver, representations[i], context);
            }

            var entities = new object?[pending.Length];
            for (var i = 0; i < pending.Length; i++)
            {
                try
                {
                    entities[i] = await pending[i].ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
                {
                    entities[i] = exception;
                }
            }

            return entities;
        });
    }

    /// <summary>
    /// How entities of <paramref name="typeName"/> are loaded by one key field, the usual shape of a system of
    /// record: the distinct values of <paramref name="keyField"/> among a request's representations go to
    /// <paramref name="load"/> in one call, which answers the entities it found by key; a key it did not find is
    /// an unknown entity (null). Calls for other key fields of the same type (one per <c>@key</c>) combine:
    /// each representation is loaded by the first registered key field it carries. Replaces a
    /// <see cref="ResolveReferences"/> of the type, and is replaced by one.
    /// </summary>
    /// <typeparam name="TKey">The key's coerced CLR type: <c>string</c> for <c>ID</c> and <c>String</c>, <c>int</c> for <c>Int</c>.</typeparam>
    public SubgraphBuilder ResolveReferencesByKey<TKey>(
        string typeName,
        string keyField,
        Func<IReadOnlyList<TKey>, FieldContext, ValueTask<IReadOnlyDictionary<TKey, object?>>> load)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(typeName);
        ArgumentNullException.ThrowIfNull(keyField);
        ArgumentNullException.ThrowIfNull(load);
        if (!_keyedResolvers.TryGetValue(typeName, out var keyed) || _referenceResolvers.GetValueOrDefault(typeName) != keyed.Resolver)
        {
            var resolver = new KeyedReferenceResolver(typeName);
            keyed = (resolver, resolver.ResolveAsync);
            _keyedResolvers[typeName] = keyed;
        }

        keyed.Keyed.Add(new KeyedReferenceLoaderOf<TKey>(typeName, keyField, load));
        return ResolveReferences(typeName, keyed.Resolver);
    }

    /// <summary>Builds the subgraph; throws <see cref="GraphQLException"/> with every error of the SDL, its link and its resolvers.</summary>
    public Subgraph Build()
    {
        var authored = _document();
        if (_annotations.Count > 0)
        {
            authored = _annotations.ApplyTo(authored, FederationLink.Read(authored));
        }

        var sdl = _annotations.Count == 0 && _authoredSdl is not null ? _authoredSdl : Printer.Print(authored);
        var subgraph = SubgraphDocument.Read(authored);
        var additions = Parser.Parse(FederationAdditions.Sdl(subgraph));
        var definitions = new List<DefinitionNode>(subgraph.Document.Definitions.Count + additions.Definitions.Count);
        definitions.AddRange(subgraph.Document.Definitions);
        definitions.AddRange(additions.Definitions);

        var options = CopyOptions();
        var entities = new Dictionary<string, EntityBinding>(StringComparer.Ordinal);
        EntitiesResolver? entitiesResolver = null;
        options.Resolve($"{subgraph.QueryTypeName}.{FederationAdditions.ServiceField}", static _ => ValueTask.FromResult<object?>(ServiceRoot));
        options.Resolve($"{FederationAdditions.ServiceType}.sdl", _ => ValueTask.FromResult<object?>(sdl));
        options.Resolve($"{subgraph.QueryTypeName}.{FederationAdditions.EntitiesField}", context => entitiesResolver!.ResolveAsync(context));
        options.ResolveType(FederationAdditions.EntityUnion, (value, context) => entitiesResolver!.ResolveEntityType(value, context));

        Schema schema;
        try
        {
            schema = SchemaBuilder.FromDocument(new DocumentNode(definitions), options);
        }
        catch (GraphQLException exception)
        {
            throw new GraphQLException(ImportHints.Explain(exception.Errors, subgraph.Link));
        }

        var errors = FieldSetValidator.Validate(schema, subgraph.Link);
        var entityTypes = new List<string>();
        foreach (var entity in subgraph.Entities)
        {
            if (entity.IsResolvable && schema.GetType(entity.Name) is ComplexType type)
            {
                entityTypes.Add(entity.Name);
                entities[entity.Name] = new EntityBinding(type, _referenceResolvers.GetValueOrDefault(entity.Name));
            }
        }

        foreach (var typeName in _referenceResolvers.Keys)
        {
            if (!entities.ContainsKey(typeName))
            {
                errors.Add(new GraphQLError(schema.GetType(typeName) is null
                    ? $"A reference resolver is registered for \"{typeName}\", which the SDL does not define."
                    : $"A reference resolver is registered for \"{typeName}\", which has no resolvable @key: add @key(fields: \"...\") to it, or remove the resolver."));
            }
        }

        if (errors.Count > 0)
        {
            throw new GraphQLException(errors);
        }

        entitiesResolver = new EntitiesResolver(schema, entities);
        var version = subgraph.Link.IsVersion2 ? $"{subgraph.Link.Major}.{subgraph.Link.Minor}" : "1";
        return new Subgraph(schema, sdl, version, entityTypes);
    }

    // _service's value; _Service.sdl answers the SDL whatever its parent is.
    private static readonly object ServiceRoot = new();

    private static ValueTask<object?> Start(Func<EntityRepresentation, FieldContext, ValueTask<object?>> resolver, EntityRepresentation representation, FieldContext context)
    {
        try
        {
            return resolver(representation, context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromException<object?>(exception);
        }
    }

    private SchemaBuildOptions CopyOptions()
    {
        var copy = new SchemaBuildOptions { AssumeValid = Options.AssumeValid, AssumeValidSdl = Options.AssumeValidSdl };
        foreach (var (coordinate, resolver) in Options.Resolvers)
        {
            copy.Resolvers[coordinate] = resolver;
        }

        foreach (var (name, resolver) in Options.TypeResolvers)
        {
            copy.TypeResolvers[name] = resolver;
        }

        foreach (var (name, scalar) in Options.Scalars)
        {
            copy.Scalars[name] = scalar;
        }

        foreach (var (coordinate, value) in Options.EnumValues)
        {
            copy.EnumValues[coordinate] = value;
        }

        return copy;
    }
}
