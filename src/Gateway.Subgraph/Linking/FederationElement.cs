namespace Gateway.Subgraph.Linking;

/// <summary>
/// One directive or type of the federation spec: the version that introduced it and its definition, written
/// against the names a <see cref="FederationLink"/> gives (Apollo Federation subgraph spec, "Subgraph schema
/// additions"). <paramref name="Name"/> has <c>@</c> for directives, as <c>@link(import:)</c> writes them.
/// </summary>
internal sealed record FederationElement(string Name, int SinceMinor, Func<FederationLink, string> Definition)
{
    public bool IsDirective => Name[0] == '@';

    /// <summary>The element's name in a schema with this link, without <c>@</c>.</summary>
    public string NameIn(FederationLink link) => IsDirective ? link.Directive(Name[1..]) : link.Type(Name);
}
