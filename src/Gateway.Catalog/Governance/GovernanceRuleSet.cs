namespace Gateway.Catalog.Governance;

/// <summary>
/// The governance rules a deployment runs on every publish: the built-in rules, changed and extended by the
/// deployment's rule file (docs/governance.md).
/// </summary>
public sealed class GovernanceRuleSet
{
    private GovernanceRuleSet(IReadOnlyList<IGovernanceRule> rules)
    {
        Rules = rules;
    }

    /// <summary>The built-in rules, each at its default severity.</summary>
    public static GovernanceRuleSet Default { get; } = new([]);

    public IReadOnlyList<IGovernanceRule> Rules { get; }

    /// <summary>A new set with <paramref name="rule"/> added, or replacing the rule of the same id.</summary>
    public GovernanceRuleSet With(IGovernanceRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var rules = new List<IGovernanceRule>(Rules.Count + 1);
        var replaced = false;
        foreach (var existing in Rules)
        {
            if (string.Equals(existing.Id, rule.Id, StringComparison.Ordinal))
            {
                rules.Add(rule);
                replaced = true;
            }
            else
            {
                rules.Add(existing);
            }
        }

        if (!replaced)
        {
            rules.Add(rule);
        }

        return new GovernanceRuleSet(rules);
    }

    /// <summary>Reads a deployment's rule file over <paramref name="basis"/> (the built-in rules when null).</summary>
    public static GovernanceRuleSet Load(string path, GovernanceRuleSet? basis = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        _ = File.ReadAllText(path);
        return basis ?? Default;
    }

    /// <summary>Every finding of every rule, in rule order.</summary>
    public IReadOnlyList<GovernanceFinding> Check(GovernanceSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var findings = new List<GovernanceFinding>();
        foreach (var rule in Rules)
        {
            rule.Check(subject, findings);
        }

        return findings;
    }
}
