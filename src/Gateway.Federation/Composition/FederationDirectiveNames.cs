using Gateway.Federation.Supergraphs;
using Gateway.GraphQL.Linking;

namespace Gateway.Federation.Composition;

/// <summary>
/// Maps the directive names a subgraph uses to the federation directives they stand for. A Federation 2 subgraph
/// names them through its <c>@link(url: "https://specs.apollo.dev/federation/v2.x", import: [...])</c>: an imported
/// directive under its name or its <c>as</c> rename, any other under the link's namespace (<c>federation__key</c>)
/// (link spec v1.0, "Imports" and "Namespacing"). A Federation 1 subgraph has no link and uses the bare names.
/// </summary>
internal sealed class FederationDirectiveNames
{
    public const string FederationIdentity = "https://specs.apollo.dev/federation";

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

    /// <summary>The names a federation <c>@link</c> gives the directives: imported, renamed or namespaced.</summary>
    public static FederationDirectiveNames ForLink(LinkedFeature link)
    {
        var names = new FederationDirectiveNames();
        foreach (var name in s_known)
        {
            names._byLocalName[link.DirectiveName(name)] = name;
        }

        return names;
    }
}
