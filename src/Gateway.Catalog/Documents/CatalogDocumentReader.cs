using Gateway.Catalog.Documents.Binding;
using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Nodes;
using Gateway.Catalog.Documents.Products;

namespace Gateway.Catalog.Documents;

/// <summary>
/// Reads data product descriptors (ODPS v1.0) and data contracts (ODCS v3.1) from YAML or JSON text,
/// reporting every problem with file, line, column, path and rule.
/// </summary>
public static class CatalogDocumentReader
{
    public const string DescriptorStandard = "ODPS v1.0";
    public const string ContractStandard = "ODCS v3.1";

    public static DocumentReadResult<DataProductDescriptor> ReadDescriptor(string file, string text, DocumentLimits? limits = null) =>
        Read(file, text, limits, DescriptorStandard, DescriptorReader.Read);

    public static DocumentReadResult<DataContract> ReadContract(string file, string text, DocumentLimits? limits = null) =>
        Read(file, text, limits, ContractStandard, ContractReader.Read);

    private static DocumentReadResult<T> Read<T>(string file, string text, DocumentLimits? limits, string standard, Func<DocumentBinder, DocumentNode, T?> read)
        where T : class
    {
        var tree = DocumentTreeReader.Read(file, text, limits);
        if (tree.Root is null)
        {
            return new DocumentReadResult<T>(null, [tree.Error!], Unreadable: true);
        }

        var binder = new DocumentBinder(file, standard);
        var document = read(binder, tree.Root);
        return new DocumentReadResult<T>(document, binder.Diagnostics, Unreadable: false);
    }

    /// <summary>Reads a descriptor or a contract, chosen by the document's <c>kind</c>.</summary>
    public static CatalogDocument Read(string file, string text, DocumentLimits? limits = null)
    {
        var tree = DocumentTreeReader.Read(file, text, limits);
        if (tree.Root is null)
        {
            return new CatalogDocument(file, CatalogDocumentKind.Unknown, null, null, [tree.Error!], Unreadable: true);
        }

        var kind = (tree.Root as MappingNode)?["kind"];
        switch ((kind as ScalarNode)?.Text)
        {
            case "DataProduct":
                var descriptorBinder = new DocumentBinder(file, DescriptorStandard);
                return new CatalogDocument(file, CatalogDocumentKind.DataProduct, DescriptorReader.Read(descriptorBinder, tree.Root), null, descriptorBinder.Diagnostics, false);
            case "DataContract":
                var contractBinder = new DocumentBinder(file, ContractStandard);
                return new CatalogDocument(file, CatalogDocumentKind.DataContract, null, ContractReader.Read(contractBinder, tree.Root), contractBinder.Diagnostics, false);
            default:
                var at = kind?.Position ?? tree.Root.Position;
                var diagnostic = new DocumentDiagnostic(file, at, kind is null ? "" : "kind", "kind",
                    "the document must say what it is: kind: DataProduct (an ODPS v1.0 descriptor) or kind: DataContract (an ODCS v3.1 contract)");
                return new CatalogDocument(file, CatalogDocumentKind.Unknown, null, null, [diagnostic], Unreadable: false);
        }
    }

    /// <summary>Reads a file, refusing one larger than the limit before reading it.</summary>
    public static async Task<CatalogDocument> ReadFileAsync(string path, DocumentLimits? limits, CancellationToken cancellationToken)
    {
        limits ??= DocumentLimits.Default;
        var info = new FileInfo(path);

        // UTF-8 takes at most 4 bytes a character; a file past this cannot be within the limit.
        if (info.Exists && info.Length > 4L * limits.MaxCharacters)
        {
            var diagnostic = new DocumentDiagnostic(path, new SourcePosition(1, 1), "", "limit",
                $"the file holds {info.Length:N0} bytes, more than a descriptor or contract may hold ({limits.MaxCharacters:N0} characters); split it.");
            return new CatalogDocument(path, CatalogDocumentKind.Unknown, null, null, [diagnostic], Unreadable: true);
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return Read(path, text, limits);
    }
}
