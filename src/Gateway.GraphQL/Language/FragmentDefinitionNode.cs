namespace Gateway.GraphQL.Language;

/// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet (Spec 2.8).</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public FragmentDefinitionNode(StringValueNode? description, NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
    {
        Description = description;
        Name = name;
        TypeCondition = typeCondition;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    public override StringValueNode? Description { get; }

    public new NameNode Name { get; }

    private protected override NameNode? OptionalName => Name;

    public NamedTypeNode TypeCondition { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public override SelectionSetNode SelectionSet { get; }
}
