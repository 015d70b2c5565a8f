namespace Gateway.GraphQL.Language;

/// <summary>InputObjectTypeExtension : extend input Name Directives? InputFieldsDefinition (Spec 3.10.1).</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public InputObjectTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        Name = name;
        Directives = directives;
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }
}
