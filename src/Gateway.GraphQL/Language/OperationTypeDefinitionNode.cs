namespace Gateway.GraphQL.Language;

/// <summary>RootOperationTypeDefinition : OperationType : NamedType (Spec 3.3.1).</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    public OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type)
    {
        Operation = operation;
        Type = type;
    }

    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public OperationType Operation { get; }

    public NamedTypeNode Type { get; }
}
