using Gateway.Catalog.Documents.Nodes;
using Gateway.Catalog.Documents.Products;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Documents.Binding;

/// <summary>Reads an ODPS v1.0 descriptor (<c>kind: DataProduct</c>) and our profile in its customProperties.</summary>
internal static class DescriptorReader
{
    private static readonly string[] ApiVersions = ["v1.0.0"];
    private static readonly string[] Kinds = ["DataProduct"];

    // ODPS v1.0 status examples; our lifecycle maps onto them (draft, active = published, deprecated, retired).
    private static readonly string[] Statuses = ["proposed", "draft", "active", "deprecated", "retired"];
    private static readonly string[] Classifications = ["raw", "clean", "aggregated"];

    public static DataProductDescriptor? Read(DocumentBinder binder, DocumentNode root)
    {
        var reader = binder.Mapping(root, "", "data product descriptor");
        var apiVersion = reader.Enum("apiVersion", ApiVersions, required: true);
        reader.Enum("kind", Kinds, required: true);
        var id = reader.String("id", required: true);
        var status = reader.Enum("status", Statuses, required: true);
        var name = reader.String("name", required: true);
        var version = reader.String("version", required: true);
        var domain = reader.String("domain", required: true);
        var tenant = reader.String("tenant");
        var description = reader.Object("description", (node, path) => SharedSectionReader.Description(binder, node, path));
        var tags = reader.Strings("tags");
        var inputPorts = reader.List("inputPorts", (node, path) => InputPort(binder, node, path));
        var outputPorts = reader.List("outputPorts", (node, path) => OutputPort(binder, node, path));
        var managementPorts = reader.List("managementPorts", (node, path) => ManagementPort(binder, node, path));
        var support = SharedSectionReader.Support(binder, reader, urlRequired: true);
        var team = SharedSectionReader.Team(binder, reader, listIsDeprecated: false);
        var definitions = SharedSectionReader.AuthoritativeDefinitions(binder, reader);
        var customProperties = SharedSectionReader.CustomProperties(binder, reader);
        var created = reader.String("productCreatedTs");
        reader.End();

        if (version is not null && !SemanticVersion.TryParse(version, out _))
        {
            binder.Report(reader.Value("version")!, "version", "profile.version", "must be a semantic version MAJOR.MINOR.PATCH, e.g. 1.4.0");
        }

        var profile = ReadProfile(binder, customProperties, domain, reader);
        if (apiVersion is null || id is null || status is null)
        {
            return null;
        }

        return new DataProductDescriptor(
            apiVersion, id, name, version, status, domain, tenant, description, tags, inputPorts, outputPorts,
            managementPorts, support, team, definitions, customProperties, created, profile);
    }

    private static ProductProfile ReadProfile(DocumentBinder binder, IReadOnlyList<CustomProperty> customProperties, string? domain, MappingReader reader)
    {
        var profile = new ProfileReader(binder, customProperties, "");
        var urnText = profile.String("urn", text => ProductUrn.TryParse(text, out _), "a product URN urn:dp:<domain>:<name> (lower-case letters, digits, hyphens)");
        var classification = profile.String("dataClassification", text => Array.IndexOf(Classifications, text) >= 0, "one of raw, clean, aggregated");
        var subDomain = profile.String("subDomain", text => ProductUrn.IsPart(text), "a lower-case name (letters, digits, hyphens)");

        ProductUrn? urn = null;
        if (urnText is not null)
        {
            urn = ProductUrn.Parse(urnText);
            if (domain is not null && urn.Domain != domain)
            {
                binder.Report(reader.Value("domain")!, "domain", "profile.urn-domain", $"must equal the domain in the product URN ({urn.Domain})");
            }
        }
        else if (!HasKey(customProperties, "urn"))
        {
            binder.Report(reader.Node, "customProperties", "profile.urn", "the descriptor must give its product URN: customProperties: [{ property: urn, value: urn:dp:<domain>:<name> }]");
        }

        if (classification is null && !HasKey(customProperties, "dataClassification"))
        {
            binder.Report(reader.Node, "customProperties", "profile.dataClassification", "the descriptor must give its dataClassification (raw, clean or aggregated) in customProperties");
        }

        DataClassification? dataClassification = classification switch
        {
            "raw" => DataClassification.Raw,
            "clean" => DataClassification.Clean,
            "aggregated" => DataClassification.Aggregated,
            _ => null,
        };
        return new ProductProfile(urn, dataClassification, subDomain);
    }

    private static bool HasKey(IReadOnlyList<CustomProperty> properties, string key)
    {
        foreach (var property in properties)
        {
            if (property.Property == key)
            {
                return true;
            }
        }

        return false;
    }

    private static InputPort? InputPort(DocumentBinder binder, DocumentNode node, string path)
    {
        var reader = binder.Mapping(node, path, "input port");
        var name = reader.String("name", required: true);
        var version = reader.String("version", required: true);
        var contractId = reader.String("contractId", required: true);
        var tags = reader.Strings("tags");
        SharedSectionReader.CustomProperties(binder, reader);
        SharedSectionReader.AuthoritativeDefinitions(binder, reader);
        reader.End();
        return name is null || version is null || contractId is null ? null : new InputPort(name, version, contractId, tags);
    }

    private static OutputPort? OutputPort(DocumentBinder binder, DocumentNode node, string path)
    {
        var reader = binder.Mapping(node, path, "output port");
        var name = reader.String("name", required: true);
        var version = reader.String("version", required: true);
        var description = reader.String("description");
        var type = reader.String("type");
        var contractId = reader.String("contractId");
        reader.List("sbom", (item, itemPath) =>
        {
            var sbom = binder.Mapping(item, itemPath, "SBOM");
            sbom.String("type");
            sbom.String("url", required: true);
            sbom.End();
            return item;
        });
        var inputContracts = reader.List("inputContracts", (item, itemPath) =>
        {
            var contract = binder.Mapping(item, itemPath, "input contract");
            var id = contract.String("id", required: true);
            var contractVersion = contract.String("version", required: true);
            contract.End();
            return id is null || contractVersion is null ? null : new ContractReference(id, contractVersion);
        });
        var tags = reader.Strings("tags");
        var customProperties = SharedSectionReader.CustomProperties(binder, reader);
        SharedSectionReader.AuthoritativeDefinitions(binder, reader);
        reader.End();
        return name is null || version is null
            ? null
            : new OutputPort(name, version, description, type, contractId, inputContracts, tags, customProperties);
    }

    private static ManagementPort? ManagementPort(DocumentBinder binder, DocumentNode node, string path)
    {
        var reader = binder.Mapping(node, path, "management port");
        var name = reader.String("name", required: true);
        var content = reader.String("content", required: true);
        var port = new ManagementPort(name ?? "", content ?? "", reader.String("type"), reader.String("url"), reader.String("channel"), reader.String("description"));
        reader.Strings("tags");
        SharedSectionReader.CustomProperties(binder, reader);
        SharedSectionReader.AuthoritativeDefinitions(binder, reader);
        reader.End();
        return name is null || content is null ? null : port;
    }
}
