using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>
/// A quality rule of the product's contract, keyed so results can be recorded against it: the rule's
/// ODCS <c>id</c>, or its target and position when it has none.
/// </summary>
public sealed record QualityRuleRecord(ProductUrn Product, string RuleKey, string Target, string Type, string? Dimension, string? Description);
