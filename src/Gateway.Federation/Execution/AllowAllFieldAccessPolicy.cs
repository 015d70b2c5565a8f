namespace Gateway.Federation.Execution;

/// <summary>The policy when no contract applies: every field is allowed.</summary>
public sealed class AllowAllFieldAccessPolicy : IFieldAccessPolicy
{
    public static AllowAllFieldAccessPolicy Instance { get; } = new();

    public bool AllowsEverything => true;

    public FieldAccessDecision Decide(in FieldAccessContext field) => FieldAccessDecision.Allow;
}
