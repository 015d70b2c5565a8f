using System.Globalization;
using System.Text.Json.Nodes;
using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Products;

namespace Gateway.Catalog.Model;

/// <summary>Turns a valid descriptor and its contract into the <see cref="ProductPublication"/> the store writes.</summary>
public static class ProductPublicationBuilder
{
    /// <summary>
    /// The publication of <paramref name="descriptor"/> (read without errors) and its contract. Throws
    /// <see cref="ArgumentException"/> when the descriptor lacks what the profile requires: callers validate first.
    /// </summary>
    public static ProductPublication Build(
        DataProductDescriptor descriptor,
        string descriptorDocument,
        DataContract? contract,
        string? contractDocument,
        SubgraphEndpoint? subgraph,
        string? actor)
    {
        var urn = descriptor.Profile.Urn ?? throw new ArgumentException("The descriptor has no product URN.", nameof(descriptor));
        var classification = descriptor.Profile.DataClassification
            ?? throw new ArgumentException("The descriptor has no data classification.", nameof(descriptor));
        var version = SemanticVersion.TryParse(descriptor.Version, out var parsed)
            ? parsed
            : throw new ArgumentException("The descriptor has no semantic version.", nameof(descriptor));
        var status = Lifecycle.FromDocumentStatus(descriptor.Status) switch
        {
            LifecycleStatus.Draft => LifecycleStatus.Draft,
            LifecycleStatus.Published => LifecycleStatus.Published,
            _ => throw new ArgumentException(
                $"A descriptor is published as draft or active, not {descriptor.Status}; deprecate and retire a product with their own commands.",
                nameof(descriptor)),
        };

        var ports = new List<ProductPort>();
        foreach (var input in descriptor.InputPorts)
        {
            ports.Add(new ProductPort(PortDirection.Input, input.Name, input.Version, input.ContractId));
        }

        foreach (var output in descriptor.OutputPorts)
        {
            ports.Add(new ProductPort(PortDirection.Output, output.Name, output.Version, output.ContractId));
        }

        var fieldSources = new List<FieldLineage>();
        var glossaryLinks = new List<GlossaryLink>();
        var qualityRules = new List<QualityRuleRecord>();
        var serviceLevels = new List<ServiceLevel>();
        if (contract is not null)
        {
            foreach (var schemaObject in contract.Schema)
            {
                AddQuality(qualityRules, urn, schemaObject.Name, schemaObject.Quality);
            }

            foreach (var (path, property) in contract.AllProperties())
            {
                var field = property.Profile.GraphQLCoordinate ?? path;
                foreach (var source in property.TransformSourceObjects)
                {
                    fieldSources.Add(new FieldLineage(urn, field, source));
                }

                foreach (var term in property.Profile.GlossaryTerms)
                {
                    glossaryLinks.Add(new GlossaryLink(term, urn, field));
                }

                AddQuality(qualityRules, urn, field, property.Quality);
            }

            foreach (var sla in contract.SlaProperties)
            {
                serviceLevels.Add(new ServiceLevel(urn, sla.Property, ValueText(sla.Value), sla.Unit, sla.Element));
            }
        }

        return new ProductPublication(
            urn,
            urn.Domain,
            descriptor.Profile.SubDomain,
            descriptor.Name ?? urn.Name,
            descriptor.Description?.Purpose,
            descriptor.Team?.Owner?.Username,
            descriptor.Team?.Name,
            classification,
            descriptor.Tags,
            version,
            status,
            descriptorDocument,
            contractDocument,
            contract?.Id,
            ports,
            fieldSources,
            glossaryLinks,
            qualityRules,
            serviceLevels,
            subgraph,
            actor);
    }

    private static void AddQuality(List<QualityRuleRecord> rules, Documents.Profile.ProductUrn urn, string target, IReadOnlyList<QualityRule> quality)
    {
        for (var i = 0; i < quality.Count; i++)
        {
            var rule = quality[i];

            // A rule without an id is keyed by where it is, so results can still be recorded against it.
            var key = rule.Id ?? $"{target}#{i.ToString(CultureInfo.InvariantCulture)}";
            rules.Add(new QualityRuleRecord(urn, key, target, rule.Type, rule.Dimension, rule.Description ?? rule.Name ?? rule.Metric));
        }
    }

    private static string ValueText(JsonNode? value) => value switch
    {
        null => "",
        JsonValue scalar when scalar.TryGetValue<string>(out var text) => text,
        _ => value.ToJsonString(),
    };
}
