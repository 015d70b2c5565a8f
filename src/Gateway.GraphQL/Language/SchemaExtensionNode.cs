namespace Gateway.GraphQL.Language;

/// <summary>SchemaExtension : extend schema Directives? { RootOperationTypeDefinition+ } | extend schema Directives (Spec 3.3.2).</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public SchemaExtensionNode(IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        Directives = directives;
        OperationTypes = operationTypes;
    }

    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }
}
