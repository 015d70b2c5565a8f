namespace Gateway.Federation.Execution;

/// <summary>The three outcomes of a field access decision.</summary>
public enum FieldAccessKind
{
    Allow,
    Mask,
    Deny,
}
