namespace Gateway.GraphQL.Language;

/// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives? FieldsDefinition? (Spec 3.6).</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public ObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    {
        Description = description;
        Name = name;
        Interfaces = interfaces;
        Directives = directives;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    public override StringValueNode? Description { get; }

    public override NameNode Name { get; }

    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}
