using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Linking;

/// <summary>
/// Reads the specs a schema links on its schema definition and extensions: <c>@link(url:, as:, for:, import:)</c>
/// (link spec v1.0) or <c>@core(feature:, as:, for:)</c> (core spec v0.1/v0.2). Supergraphs, subgraphs and the
/// catalog's schema diffs all name federation and join elements through these links, so they share this reader.
/// Problems are reported as errors located at the argument or import that causes them, and the links that could
/// still be read are returned, so each caller decides whether a problem stops it.
/// </summary>
public static class LinkReader
{
    /// <summary>The link spec's URL without its version; a schema links it to bootstrap (and possibly rename) <c>@link</c>.</summary>
    public const string LinkSpecIdentity = "https://specs.apollo.dev/link";

    /// <summary>The core spec, <c>@link</c>'s predecessor in supergraphs composed before Federation 2.</summary>
    public const string CoreSpecIdentity = "https://specs.apollo.dev/core";

    /// <summary>The link directive's name when the schema does not link the link spec itself (link spec v1.0, "Bootstrapping").</summary>
    public const string DefaultDirectiveName = "link";

    /// <summary>The directives applied to the schema definition and every schema extension, in document order.</summary>
    public static List<DirectiveNode> SchemaDirectives(DocumentNode document)
    {
        var directives = new List<DirectiveNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    directives.AddRange(schema.Directives);
                    break;
                case SchemaExtensionNode extension:
                    directives.AddRange(extension.Directives);
                    break;
            }
        }

        return directives;
    }

    /// <summary>
    /// The name the schema gives the link directive: the directive whose URL is the link (or core) spec itself,
    /// which may be renamed with <c>as:</c> (link spec v1.0, "Bootstrapping"). Null when no directive links it.
    /// </summary>
    public static string? FindLinkDirectiveName(IReadOnlyList<DirectiveNode> schemaDirectives)
    {
        foreach (var directive in schemaDirectives)
        {
            if ((Argument(directive, "url") ?? Argument(directive, "feature")) is StringValueNode { Value: var url }
                && (IsVersionOf(url, LinkSpecIdentity) || IsVersionOf(url, CoreSpecIdentity)))
            {
                return directive.Name.Value;
            }
        }

        return null;
    }

    /// <summary>Reads every directive named <paramref name="linkDirectiveName"/>; adds an error for each problem.</summary>
    public static List<LinkedFeature> ReadAll(IReadOnlyList<DirectiveNode> schemaDirectives, string linkDirectiveName, List<GraphQLError> errors)
    {
        var features = new List<LinkedFeature>();
        foreach (var directive in schemaDirectives)
        {
            if (directive.Name.Value == linkDirectiveName && Read(directive, errors) is { } feature)
            {
                features.Add(feature);
            }
        }

        return features;
    }

    /// <summary>
    /// Reads one applied link directive. Returns null (with an error) when it names no usable URL; an unusable
    /// <c>as:</c>, <c>for:</c> or import adds an error and is left out of the feature.
    /// </summary>
    public static LinkedFeature? Read(DirectiveNode directive, List<GraphQLError> errors)
    {
        var urlArgument = Argument(directive, "url") ?? Argument(directive, "feature");
        if (urlArgument is null)
        {
            errors.Add(GraphQLError.At(
                $"@{directive.Name.Value} has no url: every @link names the spec it links, e.g. @link(url: \"https://specs.apollo.dev/federation/v2.9\").",
                directive));
            return null;
        }

        if (urlArgument is not StringValueNode { Value: var url })
        {
            errors.Add(GraphQLError.At($"@{directive.Name.Value}(url:) must be a string, not {Printer.Print(urlArgument)}.", urlArgument));
            return null;
        }

        // Link spec v1.0, "url": the URL of the spec, whose last path segments are its name and version.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            errors.Add(GraphQLError.At(
                $"@{directive.Name.Value}(url: \"{url}\") is not a spec URL: write an absolute http(s) URL ending in the spec's name and version, e.g. \"https://specs.apollo.dev/federation/v2.9\".",
                urlArgument));
            return null;
        }

        var path = url.TrimEnd('/');
        var lastSlash = path.LastIndexOf('/');
        var version = SpecVersion.TryParse(path[(lastSlash + 1)..]);
        var identity = version is null ? path : path[..lastSlash];
        var name = identity[(identity.LastIndexOf('/') + 1)..];
        var prefix = ArgumentOf<StringValueNode>(directive, "as", "a string", errors)?.Value ?? name;
        var purpose = ArgumentOf<EnumValueNode>(directive, "for", "an enum value such as EXECUTION or SECURITY", errors)?.Value;
        return new LinkedFeature(url, identity, name, version, prefix, purpose, ReadImports(directive, errors));
    }

    /// <summary>
    /// <c>import: [Import]</c> (link spec v1.0, "Imports"): each item is a name (<c>"@key"</c>, <c>"FieldSet"</c>) or
    /// <c>{ name:, as: }</c>; a directive is renamed to a directive and a type to a type. A single item stands for a
    /// list of one (Spec 3.11, list input coercion).
    /// </summary>
    private static List<LinkImport> ReadImports(DirectiveNode directive, List<GraphQLError> errors)
    {
        var imports = new List<LinkImport>();
        switch (Argument(directive, "import"))
        {
            case null:
                break;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    AddImport(item, imports, errors);
                }

                break;
            case var single:
                AddImport(single, imports, errors);
                break;
        }

        return imports;
    }

    private static void AddImport(ValueNode item, List<LinkImport> imports, List<GraphQLError> errors)
    {
        string? name = null;
        string? alias = null;
        switch (item)
        {
            case StringValueNode text:
                name = text.Value;
                break;
            case ObjectValueNode renamed:
                foreach (var field in renamed.Fields)
                {
                    if (field.Value is StringValueNode value)
                    {
                        if (field.Name.Value == "name")
                        {
                            name = value.Value;
                        }
                        else if (field.Name.Value == "as")
                        {
                            alias = value.Value;
                        }
                    }
                }

                break;
        }

        if (string.IsNullOrEmpty(name))
        {
            errors.Add(GraphQLError.At("An @link import is a string such as \"@key\" or an object { name: \"@key\", as: \"@primaryKey\" }.", item));
            return;
        }

        alias ??= name;
        if (alias.Length == 0 || name.StartsWith('@') != alias.StartsWith('@'))
        {
            errors.Add(GraphQLError.At($"The import of {name} is renamed to \"{alias}\"; a directive keeps its \"@\" and a type has none.", item));
            return;
        }

        imports.Add(new LinkImport(name, alias, item));
    }

    private static bool IsVersionOf(string url, string identity) =>
        url.Length > identity.Length && url.StartsWith(identity, StringComparison.Ordinal) && url[identity.Length] == '/';

    /// <summary>An argument's value; an explicit null reads as an absent argument, as for a nullable argument without a default.</summary>
    private static ValueNode? Argument(DirectiveNode directive, string name) =>
        directive.Argument(name) is { } value and not NullValueNode ? value : null;

    /// <summary>An argument of the kind <typeparamref name="T"/>; one of another kind adds an error and reads as absent.</summary>
    private static T? ArgumentOf<T>(DirectiveNode directive, string name, string expected, List<GraphQLError> errors)
        where T : ValueNode
    {
        var value = Argument(directive, name);
        if (value is null or T)
        {
            return value as T;
        }

        errors.Add(GraphQLError.At($"@{directive.Name.Value}({name}:) must be {expected}, not {Printer.Print(value)}.", value));
        return null;
    }
}
