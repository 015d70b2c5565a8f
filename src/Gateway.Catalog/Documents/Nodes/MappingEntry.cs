namespace Gateway.Catalog.Documents.Nodes;

/// <summary>One key of a mapping, where the key is written, and its value.</summary>
public sealed record MappingEntry(string Key, SourcePosition KeyPosition, DocumentNode Value);
