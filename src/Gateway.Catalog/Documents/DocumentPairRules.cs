using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Nodes;
using Gateway.Catalog.Documents.Products;

namespace Gateway.Catalog.Documents;

/// <summary>
/// What must hold between a descriptor and the contract published with it: the descriptor serves the
/// contract through an output port (ODPS v1.0 <c>outputPorts[].contractId</c>, the link ODCS v3.1 moved
/// from the contract's deprecated <c>dataProduct</c>), and both name the same domain.
/// </summary>
public static class DocumentPairRules
{
    public static IReadOnlyList<DocumentDiagnostic> Check(string descriptorFile, DataProductDescriptor descriptor, DataContract contract)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(contract);
        var diagnostics = new List<DocumentDiagnostic>();
        var served = false;
        foreach (var port in descriptor.OutputPorts)
        {
            served |= port.ContractId == contract.Id;
        }

        if (!served)
        {
            diagnostics.Add(new DocumentDiagnostic(descriptorFile, new SourcePosition(1, 1), "outputPorts", "pair.contract",
                $"no output port names the contract '{contract.Id}'; add an output port with contractId: {contract.Id}"));
        }

        if (contract.Domain is { } domain && descriptor.Domain is { } productDomain && domain != productDomain)
        {
            diagnostics.Add(new DocumentDiagnostic(descriptorFile, new SourcePosition(1, 1), "domain", "pair.domain",
                $"the contract '{contract.Id}' is in the domain '{domain}', the product in '{productDomain}'; a product publishes contracts of its own domain"));
        }

        return diagnostics;
    }
}
