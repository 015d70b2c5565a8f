using Gateway.GraphQL.Types;

namespace Gateway.Security.Policies;

/// <summary>
/// A <see cref="FieldRuleSet"/> bound to the API schema it guards (<see cref="FieldRuleSet.Bind"/>): rules by
/// coordinate with their masks compiled for the fields' types. Shared by every request on that schema.
/// </summary>
public sealed class SchemaFieldRules
{
    private readonly Dictionary<string, BoundFieldRule> _rules;

    internal SchemaFieldRules(FieldRuleSet source, Schema schema, Dictionary<string, BoundFieldRule> rules, IReadOnlyList<string> unknownCoordinates)
    {
        Source = source;
        Schema = schema;
        _rules = rules;
        UnknownCoordinates = unknownCoordinates;
    }

    /// <summary>The rule set this was bound from.</summary>
    public FieldRuleSet Source { get; }

    public Schema Schema { get; }

    /// <summary>The coordinates with a rule in this schema (interface fields included).</summary>
    public IEnumerable<string> Coordinates => _rules.Keys;

    /// <summary>Coordinates the contracts name that this schema does not have (a contract ahead of, or behind, its subgraph).</summary>
    public IReadOnlyList<string> UnknownCoordinates { get; }

    /// <summary>True when no rule applies to this schema.</summary>
    public bool IsEmpty => _rules.Count == 0;

    internal BoundFieldRule? Find(string coordinate) => _rules.GetValueOrDefault(coordinate);
}
