namespace Gateway.Catalog.Documents;

/// <summary>What a document says it is, by its <c>kind</c>, whether or not it is valid.</summary>
public enum CatalogDocumentKind
{
    Unknown,

    /// <summary>An ODPS v1.0 data product descriptor.</summary>
    DataProduct,

    /// <summary>An ODCS v3.1 data contract.</summary>
    DataContract,
}
