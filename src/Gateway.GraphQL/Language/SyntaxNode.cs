namespace Gateway.GraphQL.Language;

/// <summary>
/// Base of every AST node. Nodes are immutable; <see cref="Location"/> is absent when the parser was
/// asked for no locations or the node was built in code.
/// </summary>
public abstract class SyntaxNode
{
    public abstract SyntaxKind Kind { get; }

    public Location? Location { get; init; }
}
