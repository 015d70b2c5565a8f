namespace Gateway.GraphQL.Language;

/// <summary>A name: /[_A-Za-z][_0-9A-Za-z]*/ (Spec 2.1.9 Names).</summary>
public sealed class NameNode : SyntaxNode
{
    public NameNode(string value)
    {
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.Name;

    public string Value { get; }
}
