using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The grouped field set of a selection set for one object type (Spec 6.3 CollectFields), computed once
/// per operation execution and reused for every object of that type at that position.
/// </summary>
internal sealed class SelectionPlan(ObjectType type, CollectedField[] fields, string[] responseNames)
{
    public ObjectType Type { get; } = type;

    public CollectedField[] Fields { get; } = fields;

    /// <summary>Response names in order, shared by every <see cref="ResultMap"/> this plan produces.</summary>
    public string[] ResponseNames { get; } = responseNames;
}
