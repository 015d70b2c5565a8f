namespace Gateway.Search.Embedded;

/// <summary>A completion a product contributes: its kind (<c>tag</c>, <c>term</c>, <c>field</c>), text, and folded text (the key prefixes are compared with).</summary>
internal sealed record Suggestion(string Kind, string Text, string Key);
