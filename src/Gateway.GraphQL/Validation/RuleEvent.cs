using System.Collections.Concurrent;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// The visit methods of <see cref="ValidationRule"/>, used to call only the rules that override a
/// method: most rules look at two or three node kinds, so the walker skips the empty base methods.
/// </summary>
internal enum RuleEvent
{
    EnterDocument,
    LeaveDocument,
    EnterOperationDefinition,
    LeaveOperationDefinition,
    EnterVariableDefinition,
    LeaveVariableDefinition,
    EnterSelectionSet,
    LeaveSelectionSet,
    EnterField,
    LeaveField,
    EnterArgument,
    LeaveArgument,
    EnterFragmentSpread,
    EnterInlineFragment,
    LeaveInlineFragment,
    EnterFragmentDefinition,
    LeaveFragmentDefinition,
    EnterDirective,
    LeaveDirective,
    EnterValue,
    LeaveValue,
    EnterObjectField,
    LeaveObjectField,
    EnterNamedType,
    EnterTypeSystemDefinition,
    LeaveTypeSystemDefinition,
}

/// <summary>Which <see cref="RuleEvent"/>s each rule class overrides, found once per class by reflection.</summary>
internal static class RuleEventTable
{
    public const int Count = (int)RuleEvent.LeaveTypeSystemDefinition + 1;

    private static readonly ConcurrentDictionary<Type, bool[]> Overrides = new();

    public static bool[] GetOverrides(Type ruleType) => Overrides.GetOrAdd(ruleType, static type =>
    {
        var result = new bool[Count];
        for (var i = 0; i < Count; i++)
        {
            var method = type.GetMethod(((RuleEvent)i).ToString());
            result[i] = method is not null && method.DeclaringType != typeof(ValidationRule);
        }

        return result;
    });

    /// <summary>For each event, the rules that handle it, in the order the rules were given.</summary>
    public static ValidationRule[][] Build(IReadOnlyList<ValidationRule> rules)
    {
        var table = new ValidationRule[Count][];
        var counts = new int[Count];
        var overrides = new bool[rules.Count][];
        for (var r = 0; r < rules.Count; r++)
        {
            overrides[r] = GetOverrides(rules[r].GetType());
            for (var i = 0; i < Count; i++)
            {
                if (overrides[r][i])
                {
                    counts[i]++;
                }
            }
        }

        for (var i = 0; i < Count; i++)
        {
            var handlers = counts[i] == 0 ? [] : new ValidationRule[counts[i]];
            var next = 0;
            for (var r = 0; r < rules.Count && next < handlers.Length; r++)
            {
                if (overrides[r][i])
                {
                    handlers[next++] = rules[r];
                }
            }

            table[i] = handlers;
        }

        return table;
    }
}
