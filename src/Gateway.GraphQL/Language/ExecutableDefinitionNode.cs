namespace Gateway.GraphQL.Language;

/// <summary>ExecutableDefinition : OperationDefinition | FragmentDefinition (Spec 2.2).</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    public abstract StringValueNode? Description { get; }

    public abstract NameNode? Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    public abstract SelectionSetNode SelectionSet { get; }
}
