using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Products;

namespace Gateway.Catalog.Documents;

/// <summary>A file read without knowing its kind beforehand: a descriptor, a contract, or neither (see the diagnostics).</summary>
public sealed record CatalogDocument(
    string File,
    CatalogDocumentKind Kind,
    DataProductDescriptor? Descriptor,
    DataContract? Contract,
    IReadOnlyList<DocumentDiagnostic> Diagnostics,
    bool Unreadable)
{
    public bool IsValid => !Unreadable && (Descriptor is not null || Contract is not null) && !HasErrors;

    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
