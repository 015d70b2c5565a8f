namespace Gateway.GraphQL.Language;

/// <summary>
/// Where a node sits in its source: UTF-8 byte offsets of its first and past-its-last character, and
/// the 1-based line and column of its first character. Columns count UTF-16 code units from the start of
/// the line, as the reference implementation does, so error locations compare equal across engines.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
