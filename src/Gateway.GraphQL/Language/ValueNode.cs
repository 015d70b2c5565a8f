namespace Gateway.GraphQL.Language;

/// <summary>Value[Const] (Spec 2.9): a literal, or a variable where not const.</summary>
public abstract class ValueNode : SyntaxNode
{
}
