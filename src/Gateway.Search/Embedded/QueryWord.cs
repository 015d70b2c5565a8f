namespace Gateway.Search.Embedded;

/// <summary>
/// A word of a search as the index looks it up: the word itself, also as a prefix when it is long enough
/// (search as you type), or, when the index has no word starting with it, the index's nearest words (typos).
/// </summary>
internal sealed record QueryWord(string Word, bool Prefix, IReadOnlyList<string> Corrections);
