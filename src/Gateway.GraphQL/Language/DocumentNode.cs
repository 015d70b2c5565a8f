namespace Gateway.GraphQL.Language;

/// <summary>Document : Definition+ (Spec 2.2).</summary>
public sealed class DocumentNode : SyntaxNode
{
    public DocumentNode(IReadOnlyList<DefinitionNode> definitions)
    {
        Definitions = definitions;
    }

    public override SyntaxKind Kind => SyntaxKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; }
}
