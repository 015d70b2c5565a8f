using Gateway.Catalog.Changes;
using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.CatalogApi.Products;

/// <summary>
/// <c>CatalogProductVersion.changes</c>: what a version changed in the contract since the version before it, rated
/// as publishing rates it (<see cref="ProductChangeAnalyzer"/>), with the semantic version verdict.
/// </summary>
public sealed partial class ProductsModule
{
    private const string ChangesSdl = """
        extend type CatalogProductVersion {
          "What this version changed in the data contract since the version before it; null for a product's first version. Schema changes are not included: only the current version's subgraph schema is stored."
          changes: CatalogVersionChanges
        }

        "The contract changes between two versions and whether the version number moved far enough for them."
        type CatalogVersionChanges {
          "The version compared with: the one published before."
          previousVersion: String!
          "The least version bump the changes need."
          requiredBump: CatalogVersionBump!
          "The bump from the previous version to this one."
          actualBump: CatalogVersionBump!
          "Whether the version number fits the changes (a breaking change needs a new major version)."
          versionAccepted: Boolean!
          "Every change, in the contract's order."
          changes: [CatalogContractChange!]!
        }

        "A difference between two versions of a data contract."
        type CatalogContractChange {
          "How it affects the product's consumers."
          severity: CatalogChangeSeverity!
          "A stable identifier, e.g. CLASSIFICATION_WEAKENED."
          code: String!
          "Where: a contract path such as schema[Order].properties[total].classification."
          location: String!
          "What changed, in words."
          message: String!
          "The version part the change needs moved."
          bump: CatalogVersionBump!
        }

        "How a change affects consumers."
        enum CatalogChangeSeverity {
          "Consumers that worked may fail, or a promise (a type, a mask, an SLA) was weakened: a new major version."
          BREAKING
          "Consumers keep working but may meet values they did not expect: at least a new minor version."
          DANGEROUS
          "No consumer is affected."
          SAFE
        }

        "A part of a semantic version."
        enum CatalogVersionBump {
          "No move."
          NONE
          "PATCH."
          PATCH
          "MINOR."
          MINOR
          "MAJOR."
          MAJOR
        }
        """;

    private void ConfigureChanges(SchemaBuildOptions options) => options
        .Resolve("CatalogProductVersion.changes", ChangesAsync)
        .Resolve("CatalogVersionChanges.changes", static context => ValueTask.FromResult<object?>(((VersionChanges)context.Source!).Report.Changes))
        .Resolve("CatalogVersionChanges.requiredBump", static context => ValueTask.FromResult<object?>(((VersionChanges)context.Source!).Report.RequiredBump))
        .Resolve("CatalogVersionChanges.actualBump", static context => ValueTask.FromResult<object?>(((VersionChanges)context.Source!).Report.ActualBump))
        .Resolve("CatalogVersionChanges.versionAccepted", static context => ValueTask.FromResult<object?>(((VersionChanges)context.Source!).Report.VersionAccepted))
        .EnumValue("CatalogChangeSeverity.BREAKING", ChangeSeverity.Breaking)
        .EnumValue("CatalogChangeSeverity.DANGEROUS", ChangeSeverity.Dangerous)
        .EnumValue("CatalogChangeSeverity.SAFE", ChangeSeverity.Safe)
        .EnumValue("CatalogVersionBump.NONE", VersionBump.None)
        .EnumValue("CatalogVersionBump.PATCH", VersionBump.Patch)
        .EnumValue("CatalogVersionBump.MINOR", VersionBump.Minor)
        .EnumValue("CatalogVersionBump.MAJOR", VersionBump.Major);

    private async ValueTask<object?> ChangesAsync(FieldContext context)
    {
        var version = (ProductVersion)context.Source!;
        var versions = await VersionsLoader(context).LoadAsync(version.Urn) ?? [];

        // Newest first: the version published before this one is the next in the list.
        ProductVersion? previous = null;
        for (var i = 0; i < versions.Count - 1; i++)
        {
            if (versions[i].Version == version.Version)
            {
                previous = versions[i + 1];
                break;
            }
        }

        if (previous is null)
        {
            return null;
        }

        var report = ProductChangeAnalyzer.Analyze(
            new ProductState(previous.Version, ReadContract(previous.ContractDocument), null),
            new ProductState(version.Version, ReadContract(version.ContractDocument), null));
        return new VersionChanges(previous.Version.ToString(), report);
    }

    private static DataContract? ReadContract(string? text) =>
        text is null ? null : CatalogDocumentReader.ReadContract("contract", text).Document;

    /// <summary>A product's versions, newest first, read once a request however many of its versions ask.</summary>
    private DataLoader<ProductUrn, IReadOnlyList<ProductVersion>> VersionsLoader(FieldContext context) =>
        context.DataLoaders.GetOrAdd<ProductUrn, IReadOnlyList<ProductVersion>>("catalog.versions", async (urns, cancellationToken) =>
        {
            var found = new Dictionary<ProductUrn, IReadOnlyList<ProductVersion>>(urns.Count);
            foreach (var urn in urns)
            {
                found[urn] = await _store.ListVersionsAsync(urn, cancellationToken);
            }

            return found;
        });
}
