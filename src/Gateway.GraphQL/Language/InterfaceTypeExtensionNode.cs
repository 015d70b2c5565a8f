namespace Gateway.GraphQL.Language;

/// <summary>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives? FieldsDefinition (Spec 3.7.1).</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public InterfaceTypeExtensionNode(NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    {
        Name = name;
        Interfaces = interfaces;
        Directives = directives;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    public override NameNode Name { get; }

    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}
