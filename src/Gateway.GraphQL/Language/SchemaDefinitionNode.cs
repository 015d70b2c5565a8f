namespace Gateway.GraphQL.Language;

/// <summary>SchemaDefinition : Description? schema Directives? { RootOperationTypeDefinition+ } (Spec 3.3).</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public SchemaDefinitionNode(StringValueNode? description, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        Description = description;
        Directives = directives;
        OperationTypes = operationTypes;
    }

    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public StringValueNode? Description { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }
}
