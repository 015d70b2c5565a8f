namespace Gateway.Catalog.Documents.Nodes;

/// <summary>A string, number, boolean or null, with its text as written.</summary>
public sealed class ScalarNode : DocumentNode
{
    public ScalarNode(SourcePosition position, ScalarKind kind, string text)
        : base(position)
    {
        Kind = kind;
        Text = text;
    }

    public ScalarKind Kind { get; }

    public string Text { get; }

    public override string Describe() => Kind switch
    {
        ScalarKind.String => "a string",
        ScalarKind.Integer => "an integer",
        ScalarKind.Number => "a number",
        ScalarKind.Boolean => "a boolean",
        _ => "null",
    };
}
