namespace Gateway.Catalog.Changes;

/// <summary>
/// Compares a candidate product version with the published one: the schema diff of the subgraph SDL, the
/// contract diff, and the semantic version verdict.
/// </summary>
public static class ProductChangeAnalyzer
{
    /// <summary>Analyzes a candidate; <paramref name="published"/> is null for a product's first publish.</summary>
    public static ChangeReport Analyze(ProductState? published, ProductState candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (published is null)
        {
            return new ChangeReport([], VersionBump.None, VersionBump.None, VersionAccepted: true, VersionRejection: null);
        }

        var changes = new List<ProductChange>();
        SubgraphSchemaDiff.Compare(published.SubgraphSdl, candidate.SubgraphSdl, changes);
        ContractDiff.Compare(published.Contract, candidate.Contract, changes);
        return VersionVerdict.Judge(published.Version, candidate.Version, changes);
    }
}
