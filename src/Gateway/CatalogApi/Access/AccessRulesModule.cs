using Gateway.Catalog.Model;
using Gateway.GraphQL.Types;
using Gateway.Security;
using Gateway.Security.Policies;

namespace Gateway.CatalogApi.Access;

/// <summary>
/// <c>CatalogProduct.accessRules</c>: whether the gateway enforces the product's current contract, or, when that
/// contract no longer reads, the last rules that did (and why), so an owner sees a broken contract before a consumer
/// notices stale masks.
/// </summary>
public sealed class AccessRulesModule(CatalogContractRules rules) : ICatalogApiModule
{
    public string Sdl => """
        "The field rules the gateway enforces for a product, from its published contract."
        type CatalogAccessRules {
          "CURRENT: the current version's contract. STALE: it no longer reads, and the last rules that did stay in force. MISSING: no contract of the product reads, so none of its rules are in force."
          status: CatalogAccessRulesStatus!
          "The version whose contract the rules in force come from; null when MISSING."
          version: String
          "When the rules in force were read from the catalog."
          loadedAt: CatalogDateTime
          "Why the current contract does not read (the reader's diagnostics, with line and column); null when CURRENT."
          error: String
        }

        enum CatalogAccessRulesStatus { CURRENT STALE MISSING }

        extend type CatalogProduct {
          "The field rules the gateway enforces for this product; null when it enforces none (no contract, retired)."
          accessRules: CatalogAccessRules
        }
        """;

    public void Configure(SchemaBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options
            .Resolve("CatalogProduct.accessRules", context => ValueTask.FromResult<object?>(
                rules.StateOf(((DataProduct)context.Source!).Urn) is { } state ? State(state) : null))
            .EnumValue("CatalogAccessRulesStatus.CURRENT", ProductRulesStatus.Current)
            .EnumValue("CatalogAccessRulesStatus.STALE", ProductRulesStatus.Stale)
            .EnumValue("CatalogAccessRulesStatus.MISSING", ProductRulesStatus.Missing);
    }

    private static Dictionary<string, object?> State(ProductRulesState state) => new(StringComparer.Ordinal)
    {
        ["status"] = state.Status,
        ["version"] = state.Version?.ToString(),
        ["loadedAt"] = state.LoadedAt,
        ["error"] = state.Error,
    };
}
