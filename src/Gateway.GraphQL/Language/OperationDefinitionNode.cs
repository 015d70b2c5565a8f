namespace Gateway.GraphQL.Language;

/// <summary>OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet (Spec 2.3).</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public OperationDefinitionNode(StringValueNode? description, OperationType operation, NameNode? name, IReadOnlyList<VariableDefinitionNode> variableDefinitions, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
    {
        Description = description;
        Operation = operation;
        Name = name;
        VariableDefinitions = variableDefinitions;
        Directives = directives;
        SelectionSet = selectionSet;
    }

    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public override StringValueNode? Description { get; }

    public OperationType Operation { get; }

    public new NameNode? Name { get; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; }

    private protected override NameNode? OptionalName => Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public override SelectionSetNode SelectionSet { get; }
}
