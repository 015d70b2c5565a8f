namespace Gateway.GraphQL.Language;

/// <summary>EnumTypeExtension : extend enum Name Directives? EnumValuesDefinition (Spec 3.9.1).</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public EnumTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        Name = name;
        Directives = directives;
        Values = values;
    }

    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }
}
