using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Contracts;

namespace Gateway.Security.Grants;

/// <summary>
/// The purposes a data contract allows any of its data to be read for: the contract-wide list (our profile's
/// <c>allowedPurposes</c> in the top-level customProperties) and every property's own list.
/// </summary>
public static class ContractPurposes
{
    public static IReadOnlySet<string> Allowed(DataContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var purposes = new SortedSet<string>(contract.Profile.AllowedPurposes, StringComparer.Ordinal);
        foreach (var (_, property) in contract.AllProperties())
        {
            purposes.UnionWith(property.Profile.AllowedPurposes);
        }

        return purposes;
    }

    /// <summary>The purposes of a stored contract document; empty when it does not read.</summary>
    public static IReadOnlySet<string> Allowed(string contractDocument)
    {
        var read = CatalogDocumentReader.ReadContract("contract", contractDocument);
        return read.Document is { } contract ? Allowed(contract) : new SortedSet<string>(StringComparer.Ordinal);
    }
}
