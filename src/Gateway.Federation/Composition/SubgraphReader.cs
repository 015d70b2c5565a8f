using Gateway.Federation.Supergraphs;
using Gateway.GraphQL;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Linking;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition;

/// <summary>
/// Reads one subgraph SDL into a <see cref="SubgraphSchema"/>. The federation directive definitions and types are
/// implicit in a subgraph SDL (as <c>_service { sdl }</c> prints it) and are not read from it; the plumbing the
/// subgraph library adds (<c>_entities</c>, <c>_service</c>, <c>_Any</c>, <c>_Entity</c>, <c>_Service</c>) is dropped.
/// </summary>
internal sealed partial class SubgraphReader
{
    private static readonly HashSet<string> s_plumbingTypes = new(StringComparer.Ordinal)
    {
        "_Any", "_Entity", "_Service", "_FieldSet", "FieldSet", "link__Import", "link__Purpose", "federation__FieldSet",
        "federation__Scope", "federation__Policy", "federation__ContextFieldValue",
    };

    private readonly SubgraphSource _source;
    private readonly CompositionErrorList _errors;
    private readonly Dictionary<string, string> _rootRenames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _composedDirectiveNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unsupportedReported = new(StringComparer.Ordinal);
    private FederationDirectiveNames _names = FederationDirectiveNames.ForFederationOne();
    private SubgraphSchema _schema = null!;

    private SubgraphReader(SubgraphSource source, CompositionErrorList errors)
    {
        _source = source;
        _errors = errors;
    }

    /// <summary>Reads a subgraph; returns null (with errors added) when its SDL does not parse.</summary>
    public static SubgraphSchema? Read(SubgraphSource source, string graphName, CompositionErrorList errors)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source.Sdl);
        }
        catch (GraphQLException error)
        {
            errors.Add(
                CompositionErrorCodes.InvalidGraphQL,
                $"[{source.Name}] The subgraph SDL does not parse: {error.Message}",
                "Fix the syntax error; the subgraph's _service { sdl } must return a valid GraphQL schema document.",
                [source.Name]);
            return null;
        }

        try
        {
            return new SubgraphReader(source, errors).ReadDocument(document, graphName);
        }
        catch (SupergraphException error)
        {
            // A federation directive with an argument of the wrong kind (e.g. @key(fields: 1)).
            errors.Add(
                CompositionErrorCodes.InvalidGraphQL,
                $"[{source.Name}] {error.Message}",
                "Give the directive the arguments its definition declares.",
                [source.Name]);
            return null;
        }
    }

    private SubgraphSchema ReadDocument(DocumentNode document, string graphName)
    {
        _schema = new SubgraphSchema(_source.Name, _source.Url, graphName);
        ReadSchemaDefinitions(document);
        ReadDirectiveDefinitions(document);

        // Definitions first, then extensions, so that an extension folds into its type whatever the order.
        foreach (var definition in document.Definitions)
        {
            if (definition is TypeDefinitionNode type && !IsPlumbing(type.Name.Value))
            {
                ReadType(type, type.Name.Value, isExtension: false, type.Description?.Value);
            }
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is TypeExtensionNode extension && !IsPlumbing(extension.Name.Value))
            {
                ReadType(extension, extension.Name.Value, isExtension: true, description: null);
            }
        }

        if (_schema.FindType("Query") is { } query)
        {
            RemoveField(query, "_entities");
            RemoveField(query, "_service");
        }
        else
        {
            // Every subgraph has a query type: the subgraph library adds one for _entities and _service.
            _schema.AddType(new SubgraphType("Query", TypeKind.Object) { HasDefinition = true });
        }

        MarkFieldSetUsages();
        UnmarkExternalKeyFieldsOfExtensions();
        return _schema;
    }

    private bool IsPlumbing(string typeName) =>
        s_plumbingTypes.Contains(typeName) || typeName.StartsWith("link__", StringComparison.Ordinal)
        || typeName.StartsWith("federation__", StringComparison.Ordinal);

    private static void RemoveField(SubgraphType type, string name)
    {
        if (type.FindField(name) is { } field)
        {
            type.RemoveField(field);
        }
    }

    /// <summary>Reads the root operation types (renamed to their default names, as composition does) and the links.</summary>
    private void ReadSchemaDefinitions(DocumentNode document)
    {
        var schemaDirectives = new List<DirectiveNode>();
        foreach (var definition in document.Definitions)
        {
            IReadOnlyList<OperationTypeDefinitionNode>? operations = null;
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    schemaDirectives.AddRange(schema.Directives);
                    operations = schema.OperationTypes;
                    break;
                case SchemaExtensionNode extension:
                    schemaDirectives.AddRange(extension.Directives);
                    operations = extension.OperationTypes;
                    break;
            }

            if (operations is null)
            {
                continue;
            }

            foreach (var operation in operations)
            {
                var defaultName = operation.Operation switch
                {
                    OperationType.Query => "Query",
                    OperationType.Mutation => "Mutation",
                    _ => "Subscription",
                };
                if (operation.Type.Name.Value != defaultName)
                {
                    _rootRenames[operation.Type.Name.Value] = defaultName;
                }
            }
        }

        ReadLinks(schemaDirectives);
    }

    private void ReadLinks(List<DirectiveNode> schemaDirectives)
    {
        var linkErrors = new List<GraphQLError>();
        var links = LinkReader.ReadAll(schemaDirectives, LinkReader.DefaultDirectiveName, linkErrors);
        foreach (var error in linkErrors)
        {
            _errors.Add(
                CompositionErrorCodes.InvalidLinkDirectiveUsage,
                $"[{_source.Name}] {error}",
                "Write each @link as @link(url: \"https://specs.apollo.dev/<spec>/v<major>.<minor>\", import: [\"@directive\", { name: \"@other\", as: \"@renamed\" }]).",
                [_source.Name]);
        }

        var federationLink = links.Find(link => link.Identity == FederationDirectiveNames.FederationIdentity);
        if (federationLink is null)
        {
            // Federation 1: no @link; @key, @external, ... are used bare.
            return;
        }

        var version = federationLink.Version;
        if (version is not { Major: 2, Minor: <= 12 })
        {
            _errors.Add(
                CompositionErrorCodes.UnknownFederationLinkVersion,
                $"[{_source.Name}] Invalid version {version?.ToString() ?? "(none)"} for the federation feature in @link direction on schema.",
                "Link a federation version from v2.0 to v2.12.",
                [_source.Name]);
            version = new SpecVersion(2, 12);
        }

        _schema.FederationVersion = version;
        _names = FederationDirectiveNames.ForLink(federationLink);

        // @composeDirective(name: "@x") keeps a custom directive in the supergraph (Federation 2.1); the directive
        // must come from a spec the subgraph links, and the supergraph links it too.
        foreach (var directive in schemaDirectives)
        {
            if (_names.Resolve(directive.Name.Value) != "composeDirective" || DirectiveArguments.String(directive, "name") is not { } composed)
            {
                continue;
            }

            _composedDirectiveNames.Add(composed.TrimStart('@'));
            var found = false;
            foreach (var link in links)
            {
                foreach (var (import, local) in link.Imports)
                {
                    if (link != federationLink && local == composed)
                    {
                        _schema.ComposedDirectiveLinks.Add((link.Url, import));
                        found = true;
                    }
                }
            }

            if (!found)
            {
                _errors.Add(
                    CompositionErrorCodes.DirectiveCompositionError,
                    $"[{_source.Name}] Directive \"{composed}\" in subgraph \"{_source.Name}\" cannot be composed because it is not a member of a core feature",
                    $"Import {composed} through a @link to the spec that defines it, then compose it.",
                    [_source.Name],
                    composed);
            }
        }
    }

    private void ReadDirectiveDefinitions(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive && _composedDirectiveNames.Contains(directive.Name.Value))
            {
                _schema.ComposedDirectives[directive.Name.Value] = directive;
            }
        }

        foreach (var name in _composedDirectiveNames)
        {
            if (!_schema.ComposedDirectives.ContainsKey(name) && _names.Resolve(name) is null)
            {
                _errors.Add(
                    CompositionErrorCodes.DirectiveCompositionError,
                    $"[{_source.Name}] Directive \"@{name}\" in subgraph \"{_source.Name}\" cannot be composed because it is not defined",
                    $"Add a definition of @{name} to the subgraph schema.",
                    [_source.Name],
                    "@" + name);
            }
            else if (_names.Resolve(name) is { } federationName)
            {
                _errors.Add(
                    CompositionErrorCodes.DirectiveCompositionError,
                    $"[{_source.Name}] Composing federation directive \"@{federationName}\" in subgraph \"{_source.Name}\" is not supported",
                    "Remove the @composeDirective: federation directives are composed by federation itself.",
                    [_source.Name],
                    "@" + name);
            }
        }
    }

    /// <summary>
    /// The federation directive an applied directive stands for, or null. Directives whose meaning the gateway does
    /// not carry into the supergraph yet (contexts, authorization, demand control) are refused rather than dropped:
    /// dropping them would serve a schema without the rules the subgraph asked for.
    /// </summary>
    private string? ResolveDirective(DirectiveNode directive)
    {
        var name = _names.Resolve(directive.Name.Value);
        if (name is "context" or "fromContext" or "authenticated" or "requiresScopes" or "policy" or "cost" or "listSize"
            && _unsupportedReported.Add(name))
        {
            _errors.Add(
                CompositionErrorCodes.UnsupportedFeature,
                $"[{_source.Name}] Directive @{name} is not supported by this gateway's composition yet.",
                $"Remove @{name} from the subgraph, or compose with Apollo's composition and serve the supergraph with --supergraph once the gateway supports it.",
                [_source.Name],
                "@" + name);
        }

        return name;
    }

    private string Rename(string typeName) => _rootRenames.GetValueOrDefault(typeName, typeName);

    private TypeNode Rename(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => new NonNullTypeNode(Rename(nonNull.Type)),
        ListTypeNode list => new ListTypeNode(Rename(list.Type)),
        NamedTypeNode named when _rootRenames.ContainsKey(named.Name.Value) => new NamedTypeNode(new NameNode(Rename(named.Name.Value))),
        _ => type,
    };
}
