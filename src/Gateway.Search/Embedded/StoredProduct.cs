namespace Gateway.Search.Embedded;

/// <summary>A product's row as the index holds it, read back before the row changes: what must come out of the text index and the completions.</summary>
internal sealed record StoredProduct(long Id, string Name, string Keywords, string Description, string Fields, string Status, string Suggestions);
