namespace Gateway.GraphQL.Language;

/// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]? (Spec 2.10).</summary>
public sealed class VariableDefinitionNode : SyntaxNode
{
    public VariableDefinitionNode(StringValueNode? description, VariableNode variable, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives)
    {
        Description = description;
        Variable = variable;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public StringValueNode? Description { get; }

    public VariableNode Variable { get; }

    public TypeNode Type { get; }

    public ValueNode? DefaultValue { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}
