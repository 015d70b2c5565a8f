namespace Gateway.GraphQL.Language;

/// <summary>InputObjectTypeDefinition : Description? input Name Directives? InputFieldsDefinition? (Spec 3.10).</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public InputObjectTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        Description = description;
        Name = name;
        Directives = directives;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public override StringValueNode? Description { get; }

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }
}
