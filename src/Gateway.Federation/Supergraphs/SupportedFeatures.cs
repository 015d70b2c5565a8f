using Gateway.GraphQL.Linking;

namespace Gateway.Federation.Supergraphs;

/// <summary>
/// The specs this gateway implements. Link spec v1.0 ("for:"): a consumer must refuse a schema that links a
/// spec <c>for: SECURITY</c> or <c>for: EXECUTION</c> it does not implement, since serving it would ignore
/// rules about security or execution; other unknown specs are ignored. The set matches what
/// <c>@apollo/gateway</c> 2.14 accepts (<c>DEFAULT_SUPPORTED_SUPERGRAPH_FEATURES</c>) except join v0.1, the
/// Federation 1 supergraph format.
/// </summary>
internal static class SupportedFeatures
{
    public const string JoinIdentity = "https://specs.apollo.dev/join";
    public const string InaccessibleIdentity = "https://specs.apollo.dev/inaccessible";
    public const string TagIdentity = "https://specs.apollo.dev/tag";

    private static readonly SpecVersion MinimumJoin = new(0, 2);
    private static readonly SpecVersion MaximumJoin = new(0, 5);

    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "https://specs.apollo.dev/core/v0.1",
        "https://specs.apollo.dev/core/v0.2",
        "https://specs.apollo.dev/link/v1.0",
        "https://specs.apollo.dev/join/v0.2",
        "https://specs.apollo.dev/join/v0.3",
        "https://specs.apollo.dev/join/v0.4",
        "https://specs.apollo.dev/join/v0.5",
        "https://specs.apollo.dev/tag/v0.1",
        "https://specs.apollo.dev/tag/v0.2",
        "https://specs.apollo.dev/tag/v0.3",
        "https://specs.apollo.dev/inaccessible/v0.1",
        "https://specs.apollo.dev/inaccessible/v0.2",
    };

    /// <summary>Checks the linked specs and returns the join spec link.</summary>
    public static LinkedFeature Check(IReadOnlyList<LinkedFeature> features)
    {
        LinkedFeature? join = null;
        foreach (var feature in features)
        {
            if (feature.Identity == JoinIdentity)
            {
                if (join is not null)
                {
                    throw new SupergraphException($"The supergraph links the join spec twice ({join.Url} and {feature.Url}); a supergraph has one.");
                }

                join = feature;
                if (feature.Version is not { } version)
                {
                    throw new SupergraphException($"The join spec link \"{feature.Url}\" has no version; expected https://specs.apollo.dev/join/v0.2 to v0.5.");
                }

                if (version == new SpecVersion(0, 1))
                {
                    throw new SupergraphException(
                        "The supergraph uses join v0.1, the format of Federation 1 composition, which this gateway does not read. "
                        + "Compose it again with Federation 2 (rover supergraph compose with federation_version: =2.x, or @apollo/composition); "
                        + "Federation 1 subgraphs compose there unchanged.");
                }

                if (version < MinimumJoin || version > MaximumJoin)
                {
                    throw new SupergraphException(
                        $"Unsupported join spec version {version} ({feature.Url}): this gateway reads join v0.2 to v0.5. "
                        + "Compose the supergraph with a @apollo/composition release that writes one of those (2.0 to 2.14).");
                }
            }
            else if (feature.Purpose is "EXECUTION" or "SECURITY" && !Supported.Contains(feature.Url))
            {
                throw new SupergraphException(
                    $"The supergraph links {feature.Url} for: {feature.Purpose}, which this gateway does not implement; "
                    + $"serving it would ignore what the spec says about {(feature.Purpose == "SECURITY" ? "securing" : "executing")} the schema. "
                    + "Remove the directives of that spec from the subgraphs, or serve the supergraph with a gateway that implements it.");
            }
        }

        return join ?? throw new SupergraphException(
            "The supergraph links no join spec: expected @link(url: \"https://specs.apollo.dev/join/v0.5\", for: EXECUTION) "
            + "(v0.2 to v0.5) on the schema definition. Is this a subgraph schema rather than a composed supergraph?");
    }
}
