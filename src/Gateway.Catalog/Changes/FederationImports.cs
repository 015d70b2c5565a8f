using Gateway.GraphQL;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Linking;

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

    private readonly LinkedFeature _link;

    private FederationImports(LinkedFeature link)
    {
        _link = link;
    }

    /// <summary>No federation link: names are read as they are, and <c>federation__</c> names as namespaced ones.</summary>
    public static FederationImports None { get; } = new(new LinkedFeature(
        "https://specs.apollo.dev/federation", "https://specs.apollo.dev/federation", "federation", null, "federation", null, []));

    /// <summary>The federation name of a directive written as <paramref name="localName"/> (without its @); other names as they are.</summary>
    public string Resolve(string localName) => _link.SpecNameOf(localName, isDirective: true) ?? localName;

    public static FederationImports Read(DocumentNode document)
    {
        // A link the subgraph build would reject is reported there; the diff reads what it can and ignores the rest.
        var ignored = new List<GraphQLError>();
        foreach (var link in LinkReader.ReadAll(LinkReader.SchemaDirectives(document), LinkReader.DefaultDirectiveName, ignored))
        {
            if (link.Url.Contains(FederationSpec, StringComparison.Ordinal))
            {
                return new FederationImports(link);
            }
        }

        return None;
    }
}
