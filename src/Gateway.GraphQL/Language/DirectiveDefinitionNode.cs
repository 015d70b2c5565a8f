namespace Gateway.GraphQL.Language;

/// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations (Spec 3.13).</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public DirectiveDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, bool repeatable, IReadOnlyList<NameNode> locations)
    {
        Description = description;
        Name = name;
        Arguments = arguments;
        Repeatable = repeatable;
        Locations = locations;
    }

    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    public bool Repeatable { get; }

    public IReadOnlyList<NameNode> Locations { get; }
}
