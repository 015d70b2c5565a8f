namespace Gateway.Security.Policies;

/// <summary>
/// The field rules in force, replaced whole when contracts are published (in-flight requests keep the set they
/// started with).
/// </summary>
public sealed class LiveFieldRules : IFieldRuleSource
{
    private volatile FieldRuleSet _current;

    public LiveFieldRules(FieldRuleSet? initial = null) => _current = initial ?? FieldRuleSet.Empty;

    public FieldRuleSet Current => _current;

    public void Publish(FieldRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _current = rules;
    }
}
