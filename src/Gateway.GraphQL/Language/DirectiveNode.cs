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

    /// <summary>The value of the argument named <paramref name="name"/> as written (a null literal included), or null when it is absent.</summary>
    public ValueNode? Argument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
