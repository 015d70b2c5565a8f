using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>One evaluation of a quality rule: passed or not, the measured value, when.</summary>
public sealed record QualityResult(ProductUrn Product, string RuleKey, bool Passed, double? MeasuredValue, DateTimeOffset MeasuredAt, string? Details);
