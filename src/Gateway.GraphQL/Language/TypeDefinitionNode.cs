namespace Gateway.GraphQL.Language;

/// <summary>TypeDefinition : Scalar | Object | Interface | Union | Enum | InputObject definitions (Spec 3.4).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    public abstract StringValueNode? Description { get; }

    public abstract NameNode Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
