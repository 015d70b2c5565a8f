using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Tests.Storage;

/// <summary>Publications for storage tests, with only what a test cares about spelled out.</summary>
public static class TestPublications
{
    public static ProductPublication Product(
        string urn,
        string version = "1.0.0",
        string? name = null,
        string? owner = "ana",
        IReadOnlyList<string>? tags = null,
        DataClassification classification = DataClassification.Clean,
        LifecycleStatus status = LifecycleStatus.Published,
        string? contractId = null,
        IReadOnlyList<string>? inputContracts = null,
        string? subgraph = null,
        string? actor = "test")
    {
        var productUrn = ProductUrn.Parse(urn);
        var ports = new List<ProductPort>();
        foreach (var input in inputContracts ?? [])
        {
            ports.Add(new ProductPort(PortDirection.Input, input, "1.0.0", input));
        }

        var contract = contractId ?? $"{productUrn.Domain}-{productUrn.Name}-contract";
        ports.Add(new ProductPort(PortDirection.Output, "graphql", version, contract));
        return new ProductPublication(
            productUrn,
            productUrn.Domain,
            null,
            name ?? productUrn.Name,
            $"The {productUrn.Name} product.",
            owner,
            "team",
            classification,
            tags ?? [],
            SemanticVersion.Parse(version),
            status,
            $"descriptor of {urn} {version}",
            $"contract of {urn} {version}",
            contract,
            ports,
            [],
            [],
            [],
            [],
            subgraph is null ? null : new SubgraphEndpoint(subgraph, new Uri($"http://127.0.0.1:4999/{subgraph}"), "type Query { a: Int }"),
            actor);
    }
}
