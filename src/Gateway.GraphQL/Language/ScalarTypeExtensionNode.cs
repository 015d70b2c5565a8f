namespace Gateway.GraphQL.Language;

/// <summary>ScalarTypeExtension : extend scalar Name Directives (Spec 3.5.1).</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives)
    {
        Name = name;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }
}
