using Gateway.GraphQL.Language;

namespace Gateway.Federation.Supergraphs;

/// <summary>
/// Reads the specs a supergraph links on its schema definition: <c>@link(url:, as:, for:, import:)</c> (link
/// spec v1.0) or <c>@core(feature:, as:, for:)</c> (core spec v0.1/v0.2). The link directive may itself be
/// renamed, so it is recognised by the URL it links (link spec v1.0, "Bootstrapping").
/// </summary>
internal static class LinkReader
{
    private const string LinkIdentity = "https://specs.apollo.dev/link";
    private const string CoreIdentity = "https://specs.apollo.dev/core";

    public static List<LinkedFeature> Read(IEnumerable<DirectiveNode> schemaDirectives)
    {
        var directives = schemaDirectives.ToList();
        string? linkDirective = null;
        foreach (var directive in directives)
        {
            var url = DirectiveArguments.Get(directive, "url") ?? DirectiveArguments.Get(directive, "feature");
            if (url is StringValueNode { Value: var text }
                && (text.StartsWith(LinkIdentity + "/", StringComparison.Ordinal) || text.StartsWith(CoreIdentity + "/", StringComparison.Ordinal)))
            {
                linkDirective = directive.Name.Value;
                break;
            }
        }

        if (linkDirective is null)
        {
            throw new SupergraphException(
                "The schema links no specs: a supergraph starts with schema @link(url: \"https://specs.apollo.dev/link/v1.0\") "
                + "and @link(url: \"https://specs.apollo.dev/join/v0.x\", for: EXECUTION). Is this a subgraph schema? "
                + "Compose the subgraphs into a supergraph first (rover supergraph compose or @apollo/composition).");
        }

        var features = new List<LinkedFeature>();
        foreach (var directive in directives)
        {
            if (directive.Name.Value == linkDirective)
            {
                features.Add(ReadOne(directive));
            }
        }

        return features;
    }

    internal static LinkedFeature ReadOne(DirectiveNode directive)
    {
        var url = DirectiveArguments.String(directive, "url") ?? DirectiveArguments.String(directive, "feature")
            ?? throw new SupergraphException($"@{directive.Name.Value} without a url: every @link names the spec it links.");
        var path = url.TrimEnd('/');
        var lastSlash = path.LastIndexOf('/');
        var last = lastSlash < 0 ? path : path[(lastSlash + 1)..];
        var version = SpecVersion.TryParse(last);
        var identity = version is null ? path : path[..lastSlash];
        var nameSlash = identity.LastIndexOf('/');
        var name = nameSlash < 0 ? identity : identity[(nameSlash + 1)..];
        var prefix = DirectiveArguments.String(directive, "as") ?? name;
        var purpose = DirectiveArguments.Enum(directive, "for");
        var imports = new Dictionary<string, string>(StringComparer.Ordinal);
        if (DirectiveArguments.Get(directive, "import") is ListValueNode list)
        {
            foreach (var item in list.Values)
            {
                switch (item)
                {
                    case StringValueNode imported:
                        imports[imported.Value] = imported.Value;
                        break;
                    case ObjectValueNode renamed:
                        string? importName = null;
                        string? importAs = null;
                        foreach (var field in renamed.Fields)
                        {
                            if (field.Value is StringValueNode value)
                            {
                                if (field.Name.Value == "name")
                                {
                                    importName = value.Value;
                                }
                                else if (field.Name.Value == "as")
                                {
                                    importAs = value.Value;
                                }
                            }
                        }

                        if (importName is not null)
                        {
                            imports[importName] = importAs ?? importName;
                        }

                        break;
                }
            }
        }

        return new LinkedFeature(url, identity, name, version, prefix, purpose, imports);
    }
}
