namespace Gateway.GraphQL.Language;

/// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives? FieldsDefinition? (Spec 3.7).</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public InterfaceTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    {
        Description = description;
        Name = name;
        Interfaces = interfaces;
        Directives = directives;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    public override StringValueNode? Description { get; }

    public override NameNode Name { get; }

    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}
