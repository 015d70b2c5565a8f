namespace Gateway.Search;

public sealed record SearchFacetValue(string Value, long Count);
