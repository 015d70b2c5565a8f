using Gateway.GraphQL.Language;

namespace Gateway.Catalog.Changes;

/// <summary>
/// The federation directive each directive name of a subgraph SDL stands for. A Federation 2 subgraph names them
/// through its <c>@link(url: "https://specs.apollo.dev/federation/v2.x", import: [...])</c> (link spec v1.0,
/// "Imports" and "Namespacing"): an imported directive under its name or its <c>as</c> rename, any other under
/// the link's namespace (<c>@federation__key</c>, or <c>@fed__key</c> with <c>as: "fed"</c>). A Federation 1
/// subgraph has no link and uses the bare names.
/// </summary>
internal sealed class FederationImports
{
    private const string FederationSpec = "specs.apollo.dev/federation/";

    private readonly Dictionary<string, string> _renamed;
    private readonly string _namespacePrefix;

    private FederationImports(Dictionary<string, string> renamed, string namespacePrefix)
    {
        _renamed = renamed;
        _namespacePrefix = namespacePrefix;
    }

    public static FederationImports None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal), "federation__");

    /// <summary>The federation name of a directive written as <paramref name="localName"/> (without its @); other names as they are.</summary>
    public string Resolve(string localName) =>
        _renamed.TryGetValue(localName, out var name) ? name
        : localName.StartsWith(_namespacePrefix, StringComparison.Ordinal) ? localName[_namespacePrefix.Length..]
        : localName;

    public static FederationImports Read(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            var directives = definition switch
            {
                SchemaExtensionNode extension => extension.Directives,
                SchemaDefinitionNode schema => schema.Directives,
                _ => [],
            };
            foreach (var directive in directives)
            {
                if (directive.Name.Value == "link" && Argument(directive, "url") is StringValueNode url && url.Value.Contains(FederationSpec, StringComparison.Ordinal))
                {
                    return FromLink(directive);
                }
            }
        }

        return None;
    }

    private static FederationImports FromLink(DirectiveNode link)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefix = Argument(link, "as") is StringValueNode alias ? $"{alias.Value}__" : "federation__";
        if (Argument(link, "import") is ListValueNode imports)
        {
            foreach (var import in imports.Values)
            {
                // import: ["@key", { name: "@shareable", as: "@shared" }]; names without @ are types.
                if (import is ObjectValueNode renaming
                    && Field(renaming, "name") is StringValueNode { Value: ['@', ..] } name
                    && Field(renaming, "as") is StringValueNode { Value: ['@', ..] } local)
                {
                    renamed[local.Value[1..]] = name.Value[1..];
                }
            }
        }

        return new FederationImports(renamed, prefix);
    }

    private static ValueNode? Argument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static ValueNode? Field(ObjectValueNode value, string name)
    {
        foreach (var field in value.Fields)
        {
            if (field.Name.Value == name)
            {
                return field.Value;
            }
        }

        return null;
    }
}
