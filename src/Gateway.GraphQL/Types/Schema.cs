using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// A GraphQL schema (Spec 3.3): its root operation types, every named type (including the built-in
/// scalars and the introspection types) and every directive. Immutable once constructed; the maps of
/// possible types that validation and execution ask for are computed here, once.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<NamedType, ObjectType[]> _possibleTypes = [];
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = [];
    private readonly Dictionary<InterfaceType, InterfaceType[]> _interfaceImplementations = [];
    private IReadOnlyList<GraphQLError>? _validationErrors;

    public Schema(
        IEnumerable<NamedType> types,
        IEnumerable<DirectiveDefinition> directives,
        ObjectType? queryType,
        ObjectType? mutationType = null,
        ObjectType? subscriptionType = null,
        string? description = null)
    {
        var directiveMap = new OrderedDictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            directiveMap.TryAdd(directive.Name, directive);
        }

        var duplicateNames = new List<GraphQLError>();
        var typeMap = ReferencedTypeCollector.Collect(types, queryType, mutationType, subscriptionType, directiveMap.Values, duplicateNames);
        foreach (var error in duplicateNames)
        {
            BuildErrors.Add((null, error));
        }

        Types = typeMap;
        Directives = directiveMap;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;

        var implementations = new Dictionary<InterfaceType, (List<ObjectType> Objects, List<InterfaceType> Interfaces)>();
        foreach (var type in typeMap.Values)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = [.. union.Types];
                    break;
                case ComplexType complex:
                    foreach (var implemented in complex.Interfaces)
                    {
                        if (!implementations.TryGetValue(implemented, out var entry))
                        {
                            entry = ([], []);
                            implementations[implemented] = entry;
                        }

                        if (complex is ObjectType objectType)
                        {
                            entry.Objects.Add(objectType);
                        }
                        else
                        {
                            entry.Interfaces.Add((InterfaceType)complex);
                        }
                    }

                    break;
            }
        }

        foreach (var type in typeMap.Values)
        {
            if (type is InterfaceType @interface)
            {
                implementations.TryGetValue(@interface, out var entry);
                _possibleTypes[@interface] = entry.Objects is null ? [] : [.. entry.Objects];
                _interfaceImplementations[@interface] = entry.Interfaces is null ? [] : [.. entry.Interfaces];
            }
        }
    }

    public string? Description { get; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>
    /// Every named type: the given types, every type they reference, and the introspection types, in the
    /// order graphql-js 16's <c>getTypeMap()</c> gives (see <see cref="ReferencedTypeCollector"/>).
    /// </summary>
    public IReadOnlyDictionary<string, NamedType> Types { get; }

    /// <summary>Every directive, built-in ones included.</summary>
    public IReadOnlyDictionary<string, DirectiveDefinition> Directives { get; }

    /// <summary>Applied directives on the schema definition and its extensions.</summary>
    public List<DirectiveNode> AppliedDirectives { get; } = [];

    public SchemaDefinitionNode? AstNode { get; set; }

    /// <summary>
    /// Type-system errors the builder found that this model cannot hold (a root type that is not an
    /// object type, an object implementing a non-interface, a union of non-objects), with the type they
    /// belong to (none for root types);
    /// <see cref="SchemaValidator"/> reports them with the rest.
    /// </summary>
    internal List<(NamedType? Owner, GraphQLError Error)> BuildErrors { get; } = [];

    public List<SchemaExtensionNode> ExtensionAstNodes { get; } = [];

    /// <summary>
    /// The schema's type-system errors (<see cref="SchemaValidator.Validate"/>), found on first use and
    /// kept, as graphql-js keeps them on the schema: every document validated against the schema asks
    /// for them. Computing them twice on a race gives the same list, so no lock is taken.
    /// </summary>
    public IReadOnlyList<GraphQLError> ValidationErrors => _validationErrors ??= SchemaValidator.Validate(this);

    /// <summary>Takes the schema as valid without checking it (graphql-js <c>assumeValid</c>).</summary>
    internal void AssumeValid() => _validationErrors = [];

    public NamedType? GetType(string name) => Types.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => Directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an abstract type can have (union members, interface implementations).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.TryGetValue(abstractType, out var types) ? types : [];

    /// <summary>The interfaces that implement the given interface.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType type) =>
        _interfaceImplementations.TryGetValue(type, out var types) ? types : [];

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        if (!_subTypes.TryGetValue(abstractType, out var set))
        {
            lock (_subTypes)
            {
                if (!_subTypes.TryGetValue(abstractType, out set))
                {
                    set = [];
                    if (abstractType is UnionType union)
                    {
                        set.UnionWith(union.Types);
                    }
                    else if (abstractType is InterfaceType @interface)
                    {
                        set.UnionWith(GetPossibleTypes(@interface));
                        set.UnionWith(GetInterfaceImplementations(@interface));
                    }

                    _subTypes[abstractType] = set;
                }
            }
        }

        return set.Contains(maybeSubType);
    }
}
