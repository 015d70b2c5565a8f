namespace Gateway.GraphQL.Language;

/// <summary>Variable : $ Name (Spec 2.10).</summary>
public sealed class VariableNode : ValueNode
{
    public VariableNode(NameNode name)
    {
        Name = name;
    }

    public override SyntaxKind Kind => SyntaxKind.Variable;

    public NameNode Name { get; }
}
