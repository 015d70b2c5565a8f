namespace Gateway.GraphQL.Language;

/// <summary>ExecutableDefinition : OperationDefinition | FragmentDefinition (Spec 2.2).</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    public abstract StringValueNode? Description { get; }

    /// <summary>The operation's name (absent for an anonymous operation) or the fragment's name.</summary>
    public NameNode? Name => OptionalName;

    // A fragment's name is never absent, and FragmentDefinitionNode.Name says so in its type; a nullable struct
    // cannot override a plain one, so both read this.
    private protected abstract NameNode? OptionalName { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    public abstract SelectionSetNode SelectionSet { get; }
}
