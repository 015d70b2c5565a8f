namespace Gateway.GraphQL.Language;

/// <summary>TypeExtension : Scalar | Object | Interface | Union | Enum | InputObject extensions (Spec 3.4.3).</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public abstract NameNode Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
