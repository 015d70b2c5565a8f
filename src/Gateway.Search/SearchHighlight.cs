namespace Gateway.Search;

/// <summary>A highlighted fragment: which part matched (<c>name</c>, <c>description</c>, <c>tags</c>, <c>field:Type.field</c>...) and the fragment.</summary>
public sealed record SearchHighlight(string Field, string Fragment);
