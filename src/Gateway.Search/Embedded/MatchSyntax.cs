namespace Gateway.Search.Embedded;

/// <summary>A full-text query language's spelling of the operators a search uses: AND, OR, a quoted word, a prefix.</summary>
internal sealed record MatchSyntax(string And, string Or, char Quote, string Prefix);
