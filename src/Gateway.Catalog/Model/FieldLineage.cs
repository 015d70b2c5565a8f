using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>
/// A field's declared source: ODCS v3.1 <c>transformSourceObjects</c> of a contract property, e.g.
/// <c>payments-contract.Payment.cardNumber</c>, recorded for the product's field.
/// </summary>
public sealed record FieldLineage(ProductUrn Product, string Field, string Source);
