namespace Gateway.Federation.Composition;

/// <summary>
/// Names the gateway's own API takes in the schema it serves, beside the subgraphs' types: root fields on
/// <c>Query</c> and <c>Mutation</c>, and the type names of that API. A subgraph that defined one of them would make
/// the served schema clash with the gateway's API, so composition refuses it with an error naming the subgraph and the
/// coordinate. Type names are reserved by prefix, so that the gateway's API can grow without breaking a supergraph
/// that composed before: a prefix reserves the names that continue with a capital letter (<c>Catalog</c> reserves
/// <c>CatalogProduct</c>, not <c>Catalogue</c>).
/// </summary>
/// <param name="Owner">What serves the names, as the error messages say it (<c>its catalog API</c>).</param>
/// <param name="RootFields">Root field names reserved on <c>Query</c> and <c>Mutation</c>.</param>
/// <param name="TypeNamePrefixes">Prefixes of reserved type names.</param>
public sealed record ReservedNames(string Owner, IReadOnlyList<string> RootFields, IReadOnlyList<string> TypeNamePrefixes)
{
    /// <summary>Nothing reserved.</summary>
    public static ReservedNames None { get; } = new(string.Empty, [], []);

    /// <summary>
    /// The <c>catalog</c> root field, which composition reserves by default (ARCHITECTURE, "Catalog API"): a gateway
    /// serving a supergraph may add its catalog API later, and the root field is where it goes.
    /// </summary>
    public static ReservedNames CatalogRootField { get; } = new("its catalog API", ["catalog"], []);

    /// <summary>The reserved prefix <paramref name="typeName"/> starts with, or null when the name is free.</summary>
    public string? PrefixOf(string typeName)
    {
        foreach (var prefix in TypeNamePrefixes)
        {
            if (typeName.Length > prefix.Length && typeName.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(typeName[prefix.Length]))
            {
                return prefix;
            }
        }

        return null;
    }
}
