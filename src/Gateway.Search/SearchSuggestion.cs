namespace Gateway.Search;

/// <summary>A completion: the text, what it is (<c>product</c>, <c>field</c>, <c>tag</c>, <c>term</c>) and the product it leads to, if one.</summary>
public sealed record SearchSuggestion(string Text, string Kind, string? ProductUrn);
