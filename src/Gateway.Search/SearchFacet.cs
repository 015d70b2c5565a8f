namespace Gateway.Search;

/// <summary>A facet (<c>domain</c>, <c>status</c>, <c>owner</c>, <c>tags</c>, <c>classification</c>) with its values' counts over every result.</summary>
public sealed record SearchFacet(string Field, IReadOnlyList<SearchFacetValue> Values);
