using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Security.Authorization;
using Gateway.Security.Clients;
using Gateway.Security.Grants;

namespace Gateway.Security;

/// <summary>
/// The demo's clients, so the masks show at once: an analyst (purpose analytics, granted on every product), a support
/// agent (customer-support, granted on users and orders), a marketing client (purpose marketing, which no contract
/// allows: no grants), a data owner of the three domains and an administrator. Each is created on the first run;
/// grants are made only for purposes the sample contracts allow. Every run prints fresh tokens.
/// </summary>
public static class DemoClients
{
    /// <summary>The header a request declares its purpose in.</summary>
    public const string PurposeHeader = "Data-Purpose";

    private static readonly DemoClient[] Clients =
    [
        new("analyst", [GatewayRoles.Consumer], ["analytics"], [], "ANALYST_TOKEN", ["*"]),
        new("support-agent", [GatewayRoles.Consumer], ["customer-support"], [], "SUPPORT_TOKEN", ["registration", "sales"]),
        new("marketing", [GatewayRoles.Consumer], ["marketing"], [], "MARKETING_TOKEN", []),
        new("data-owner", [GatewayRoles.Owner], [], ["registration", "sales", "player"], "OWNER_TOKEN", []),
        new("admin", [GatewayRoles.Admin], [], [], "ADMIN_TOKEN", []),
    ];

    /// <summary>The sample products' descriptor and contract files, beside the executable (copied from src/Samples).</summary>
    private static readonly (string Domain, string Descriptor, string Contract)[] SampleProducts =
    [
        ("Registration", "product.yaml", "contract.yaml"),
        ("Sales", "product.yaml", "contract.yaml"),
        ("Player", "product.yaml", "contract.yaml"),
        ("Player", "listening-product.yaml", "listening-contract.yaml"),
    ];

    /// <summary>Creates the missing demo clients and grants, then prints each client's token and a curl line per purpose.</summary>
    public static async Task PrepareAsync(GatewayIdentity identity, string endpoint, string userId, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(output);
        var products = await ReadSampleProductsAsync(cancellationToken);
        var grants = (IAccessGrantStore)identity.Store;
        await output.WriteLineAsync();
        await output.WriteLineAsync($"Demo clients (tokens valid for {identity.Issuer.Lifetime.TotalHours:0.#} h; send the purpose in the {PurposeHeader} header):");
        foreach (var demo in Clients)
        {
            var client = await identity.Clients.FindAsync(demo.Id, cancellationToken)
                ?? (await identity.Clients.RegisterAsync(demo.Id, [], demo.Roles, demo.Purposes, demo.Domains, cancellationToken)).Client;
            var granted = await GrantAsync(grants, demo, products, cancellationToken);
            var token = identity.Issuer.IssueForClient(client, identity.TokenService.Audience, client.Scopes);
            await output.WriteLineAsync($"  # {demo.Id}: {Describe(demo, granted)}");
            await output.WriteLineAsync($"  export {demo.Variable}={token}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("The same user as the support agent (email shown), as the analyst (email masked) and as marketing (no grant):");
        foreach (var (variable, purpose) in new[] { ("SUPPORT_TOKEN", "customer-support"), ("ANALYST_TOKEN", "analytics"), ("MARKETING_TOKEN", "marketing") })
        {
            await output.WriteLineAsync(
                $$"""  curl -s {{endpoint}} -H 'content-type: application/json' -H "Authorization: Bearer ${{variable}}" -H '{{PurposeHeader}}: {{purpose}}' -d '{"query":"{ user(id: \"{{userId}}\") { name email birthDate country } }"}'""");
        }

        await output.WriteLineAsync($"Tokens of your own: 'gateway client create NAME --purpose P --data-dir DIR', then POST client_credentials to {identity.Issuer.Issuer.TrimEnd('/')}/oauth/token.");
    }

    /// <summary>Approves the client's purposes on its products where the contract allows them and no grant is active yet.</summary>
    private static async Task<List<string>> GrantAsync(IAccessGrantStore grants, DemoClient demo, IReadOnlyList<(ProductUrn Urn, IReadOnlySet<string> Purposes)> products, CancellationToken cancellationToken)
    {
        var granted = new List<string>();
        var active = await grants.ListActiveGrantsAsync(demo.Id, DateTimeOffset.UtcNow, cancellationToken);
        foreach (var (urn, allowed) in products)
        {
            if (!demo.GrantedDomains.Contains("*") && !demo.GrantedDomains.Contains(urn.Domain))
            {
                continue;
            }

            foreach (var purpose in demo.Purposes)
            {
                if (!allowed.Contains(purpose))
                {
                    continue;
                }

                if (!active.Any(grant => grant.Product == urn && grant.Purpose == purpose))
                {
                    var request = await grants.RequestGrantAsync(new AccessGrantRequest(demo.Id, urn, purpose, "The demo's sample grant."), cancellationToken);
                    await grants.ApproveGrantAsync(request.Id, "demo", null, cancellationToken);
                }

                granted.Add($"{urn.Name} ({purpose})");
            }
        }

        return granted;
    }

    private static async Task<IReadOnlyList<(ProductUrn Urn, IReadOnlySet<string> Purposes)>> ReadSampleProductsAsync(CancellationToken cancellationToken)
    {
        var products = new List<(ProductUrn, IReadOnlySet<string>)>();
        foreach (var (domain, descriptorFile, contractFile) in SampleProducts)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "Samples", domain);
            var descriptor = CatalogDocumentReader.ReadDescriptor(descriptorFile, await File.ReadAllTextAsync(Path.Combine(folder, descriptorFile), cancellationToken)).Document;
            var contract = CatalogDocumentReader.ReadContract(contractFile, await File.ReadAllTextAsync(Path.Combine(folder, contractFile), cancellationToken)).Document;
            if (descriptor?.Profile.Urn is { } urn && contract is not null)
            {
                products.Add((urn, ContractPurposes.Allowed(contract)));
            }
        }

        return products;
    }

    private static string Describe(DemoClient demo, List<string> granted)
    {
        var roles = string.Join(", ", demo.Roles);
        var domains = demo.Domains.Length > 0 ? $" of {string.Join(", ", demo.Domains)}" : "";
        var purposes = demo.Purposes.Length > 0 ? $", purpose {string.Join(", ", demo.Purposes)}" : "";
        var grants = demo.Roles.Contains(GatewayRoles.Consumer)
            ? granted.Count > 0 ? $"; granted {string.Join(", ", granted)}" : "; no grants (no contract allows its purpose)"
            : "";
        return roles + domains + purposes + grants;
    }

    private sealed record DemoClient(string Id, string[] Roles, string[] Purposes, string[] Domains, string Variable, string[] GrantedDomains);
}
