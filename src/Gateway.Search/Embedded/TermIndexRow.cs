namespace Gateway.Search.Embedded;

/// <summary>A product as the term index reads it: its row of <c>search_products</c> and its text in <c>search_documents</c>.</summary>
internal sealed record TermIndexRow(
    long Id, string Urn, string NameKey, string Domain, string? Owner, string? Team, string Classification, string Status, string Tags, double Boost,
    string Name, string Keywords, string Description, string Fields);
