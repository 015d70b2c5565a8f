namespace Gateway.GraphQL.Language;

/// <summary>A 1-based line and column, as reported in a GraphQL error's <c>locations</c> (Spec 7.1.2).</summary>
public readonly record struct SourceLocation(int Line, int Column);
