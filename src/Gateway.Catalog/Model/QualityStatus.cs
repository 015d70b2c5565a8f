namespace Gateway.Catalog.Model;

/// <summary>A quality rule and its latest result, if it was ever evaluated.</summary>
public sealed record QualityStatus(QualityRuleRecord Rule, QualityResult? Latest);
