using Gateway.GraphQL.Language;

namespace Gateway.Federation.Composition;

/// <summary>
/// Maps the directive names a subgraph uses to the federation directives they stand for. A Federation 2 subgraph
/// names them through its <c>@link(url: "https://specs.apollo.dev/federation/v2.x", import: [...])</c>: an imported
/// directive under its name or its <c>as</c> rename, any other under the link's namespace (<c>federation__key</c>)
/// (link spec v1.0, "Imports" and "Namespacing"). A Federation 1 subgraph has no link and uses the bare names.
/// </summary>
internal sealed class FederationDirectiveNames
{
    public const string FederationIdentity = "https://specs.apollo.dev/federation/";

    /// <summary>The directives of the federation spec up to v2.9 that composition reads.</summary>
    private static readonly string[] s_known =
    [
        "key", "external", "requires", "provides", "shareable", "extends", "override", "inaccessible", "tag",
        "interfaceObject", "composeDirective", "authenticated", "requiresScopes", "policy", "context", "fromContext",
        "cost", "listSize",
    ];

    private static readonly string[] s_federationOne = ["key", "external", "requires", "provides", "extends", "inaccessible", "tag"];

    private readonly Dictionary<string, string> _byLocalName = new(StringComparer.Ordinal);

    private FederationDirectiveNames()
    {
    }

    /// <summary>The local name of the <c>@link</c> directive itself.</summary>
    public string LinkName { get; private set; } = "link";

    /// <summary>The federation directive a local name stands for, or null.</summary>
    public string? Resolve(string localName) => _byLocalName.GetValueOrDefault(localName);

    /// <summary>The local names that stand for federation directives (their definitions are implicit and not composed).</summary>
    public IEnumerable<string> LocalNames => _byLocalName.Keys;

    public static FederationDirectiveNames ForFederationOne()
    {
        var names = new FederationDirectiveNames();
        foreach (var name in s_federationOne)
        {
            names._byLocalName[name] = name;
        }

        return names;
    }

    /// <summary>Reads a federation <c>@link</c>'s <c>as</c> and <c>import</c> arguments.</summary>
    public static FederationDirectiveNames ForLink(DirectiveNode link)
    {
        var names = new FederationDirectiveNames();
        var prefix = (DirectiveArgumentValues.String(link, "as") ?? "federation") + "__";
        foreach (var name in s_known)
        {
            names._byLocalName[prefix + name] = name;
        }

        foreach (var (name, alias) in ReadImports(link))
        {
            if (name.StartsWith('@'))
            {
                names._byLocalName[(alias ?? name)[1..]] = name[1..];
            }
        }

        return names;
    }

    /// <summary>The <c>import:</c> list of a <c>@link</c>: each name with its <c>as</c> rename when given.</summary>
    public static List<(string Name, string? Alias)> ReadImports(DirectiveNode link)
    {
        var imports = new List<(string, string?)>();
        foreach (var argument in link.Arguments)
        {
            if (argument.Name.Value != "import" || argument.Value is not ListValueNode list)
            {
                continue;
            }

            foreach (var item in list.Values)
            {
                switch (item)
                {
                    case StringValueNode name:
                        imports.Add((name.Value, null));
                        break;
                    case ObjectValueNode renamed:
                        string? importName = null;
                        string? alias = null;
                        foreach (var field in renamed.Fields)
                        {
                            if (field.Value is StringValueNode text)
                            {
                                if (field.Name.Value == "name")
                                {
                                    importName = text.Value;
                                }
                                else if (field.Name.Value == "as")
                                {
                                    alias = text.Value;
                                }
                            }
                        }

                        if (importName is not null)
                        {
                            imports.Add((importName, alias));
                        }

                        break;
                }
            }
        }

        return imports;
    }
}
