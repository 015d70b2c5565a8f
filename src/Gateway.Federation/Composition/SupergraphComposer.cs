using System.Text;
using Gateway.Federation.Composition.Satisfiability;
using Gateway.Federation.Supergraphs;

namespace Gateway.Federation.Composition;

/// <summary>
/// Composes subgraph SDLs (Federation 2 with <c>@link</c>, or Federation 1) into a supergraph in the join-spec form
/// Apollo's composition writes, which <see cref="SupergraphReader"/> loads and <c>gateway serve --supergraph</c>
/// serves. Each subgraph is read and validated on its own, then the subgraphs are merged; every error found is
/// reported, with Apollo's error code where there is one.
/// </summary>
public static class SupergraphComposer
{
    /// <summary>Composes <paramref name="subgraphs"/>, reserving the <c>catalog</c> root field (<see cref="ReservedNames.CatalogRootField"/>).</summary>
    public static CompositionResult Compose(IReadOnlyList<SubgraphSource> subgraphs) => Compose(subgraphs, ReservedNames.CatalogRootField);

    /// <param name="subgraphs">The subgraphs.</param>
    /// <param name="reserveCatalogRootField">
    /// False only to compare with Apollo's composition on schemas that use the name: the gateway itself always
    /// reserves <c>catalog</c>.
    /// </param>
    internal static CompositionResult Compose(IReadOnlyList<SubgraphSource> subgraphs, bool reserveCatalogRootField) =>
        Compose(subgraphs, reserveCatalogRootField ? ReservedNames.CatalogRootField : ReservedNames.None);

    /// <summary>Composes <paramref name="subgraphs"/> for a gateway whose own API takes the <paramref name="reserved"/> names.</summary>
    public static CompositionResult Compose(IReadOnlyList<SubgraphSource> subgraphs, ReservedNames reserved)
    {
        ArgumentNullException.ThrowIfNull(subgraphs);
        ArgumentNullException.ThrowIfNull(reserved);
        var errors = new CompositionErrorList();
        var sources = SortAndCheckNames(subgraphs, errors);
        if (errors.Count > 0)
        {
            return new CompositionResult(null, null, errors.Errors);
        }

        var graphNames = GraphEnumNames(sources);
        var schemas = new List<SubgraphSchema>(sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            if (SubgraphReader.Read(sources[i], graphNames[i], errors) is { } schema)
            {
                schemas.Add(schema);
            }
        }

        if (errors.Count > 0)
        {
            return new CompositionResult(null, null, errors.Errors);
        }

        foreach (var schema in schemas)
        {
            if (schema.IsFederationOne)
            {
                FederationOneUpgrade.Apply(schema, schemas);
            }
        }

        foreach (var schema in schemas)
        {
            SubgraphValidator.Validate(schema, errors, reserved);
        }

        if (errors.Count > 0)
        {
            return new CompositionResult(null, null, errors.Errors);
        }

        var (types, usesTag, usesInaccessible) = SupergraphMerger.Merge(schemas, errors);
        if (errors.Count > 0)
        {
            return new CompositionResult(null, null, errors.Errors);
        }

        var sdl = SupergraphWriter.Write(schemas, types, usesTag, usesInaccessible);
        Supergraph supergraph;
        try
        {
            supergraph = SupergraphReader.Read(sdl);
        }
        catch (SupergraphException error)
        {
            // What the merge rules let through but GraphQL forbids (e.g. an implementation's field narrower than the
            // interface's once merged): Apollo reports these from the merged schema's validation, as INVALID_GRAPHQL.
            errors.Add(
                CompositionErrorCodes.InvalidGraphQL,
                $"The composed supergraph is not a valid schema: {error.Message}",
                "Make the types the message names agree across subgraphs (field types of interfaces and their implementations).",
                []);
            return new CompositionResult(null, null, errors.Errors);
        }

        SatisfiabilityChecker.Check(schemas, supergraph.ApiSchema, errors);
        if (errors.Count > 0)
        {
            return new CompositionResult(null, null, errors.Errors);
        }

        return new CompositionResult(sdl, supergraph, []);
    }

    /// <summary>Subgraphs in name order (the order of <c>join__Graph</c> and of every per-subgraph directive).</summary>
    private static List<SubgraphSource> SortAndCheckNames(IReadOnlyList<SubgraphSource> subgraphs, CompositionErrorList errors)
    {
        var sorted = new List<SubgraphSource>(subgraphs);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        for (var i = 0; i < sorted.Count; i++)
        {
            var name = sorted[i].Name;
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(CompositionErrorCodes.InvalidSubgraphName, "A subgraph has an empty name.", "Give every subgraph a name.", []);
            }
            else if (i > 0 && sorted[i - 1].Name == name)
            {
                errors.Add(CompositionErrorCodes.InvalidSubgraphName, $"Two subgraphs are named \"{name}\".", "Give every subgraph a distinct name.", [name]);
            }
        }

        return sorted;
    }

    /// <summary>
    /// The <c>join__Graph</c> value of each subgraph: its name upper-cased with characters a GraphQL name cannot hold
    /// replaced by <c>_</c>, made unique with a numeric suffix.
    /// </summary>
    private static string[] GraphEnumNames(List<SubgraphSource> sources)
    {
        var names = new string[sources.Count];
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            var builder = new StringBuilder(sources[i].Name.Length + 1);
            foreach (var c in sources[i].Name)
            {
                builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? char.ToUpperInvariant(c) : '_');
            }

            if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            var name = builder.ToString();
            if (used.TryGetValue(name, out var count))
            {
                used[name] = count + 1;
                name = $"{name}_{count + 1}";
            }
            else
            {
                used[name] = 0;
            }

            names[i] = name;
        }

        return names;
    }
}
