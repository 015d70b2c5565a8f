namespace Gateway.GraphQL.Language;

/// <summary>Directive : @ Name Arguments? (Spec 2.12).</summary>
public sealed class DirectiveNode : SyntaxNode
{
    public DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments)
    {
        Name = name;
        Arguments = arguments;
    }

    public override SyntaxKind Kind => SyntaxKind.Directive;

    public NameNode Name { get; }

    public IReadOnlyList<ArgumentNode> Arguments { get; }
}
