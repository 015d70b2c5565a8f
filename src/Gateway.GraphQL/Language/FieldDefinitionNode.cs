namespace Gateway.GraphQL.Language;

/// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives? (Spec 3.6).</summary>
public sealed class FieldDefinitionNode : SyntaxNode
{
    public FieldDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, TypeNode type, IReadOnlyList<DirectiveNode> directives)
    {
        Description = description;
        Name = name;
        Arguments = arguments;
        Type = type;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    public TypeNode Type { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}
