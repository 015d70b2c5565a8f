namespace Gateway.GraphQL.Language;

/// <summary>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives? FieldsDefinition (Spec 3.6.3).</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public ObjectTypeExtensionNode(NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    {
        Name = name;
        Interfaces = interfaces;
        Directives = directives;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public override NameNode Name { get; }

    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}
