namespace Gateway.GraphQL.Language;

/// <summary>EnumTypeDefinition : Description? enum Name Directives? EnumValuesDefinition? (Spec 3.9).</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public EnumTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        Description = description;
        Name = name;
        Directives = directives;
        Values = values;
    }

    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public override StringValueNode? Description { get; }

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }
}
