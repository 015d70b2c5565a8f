using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Nodes;
using Gateway.Catalog.Governance.Rules;

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
    public static GovernanceRuleSet Default { get; } = new(
    [
        new OwnerPresentRule(),
        new DescriptionPresentRule(),
        new PropertiesClassifiedRule(),
        new PersonalDataProtectedRule(),
        new SlaPresentRule(),
        new TermsOfUsePresentRule(),
        new SupportChannelPresentRule(),
        new CoordinatesExistRule(),
        new FieldsInContractRule(),
    ]);

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

    /// <summary>The rule of an id, or null.</summary>
    public IGovernanceRule? Find(string id)
    {
        foreach (var rule in Rules)
        {
            if (string.Equals(rule.Id, id, StringComparison.Ordinal))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>A new set without the rule of <paramref name="id"/> (the same set when there is none).</summary>
    public GovernanceRuleSet Without(string id)
    {
        var rules = new List<IGovernanceRule>(Rules.Count);
        foreach (var rule in Rules)
        {
            if (!string.Equals(rule.Id, id, StringComparison.Ordinal))
            {
                rules.Add(rule);
            }
        }

        return rules.Count == Rules.Count ? this : new GovernanceRuleSet(rules);
    }

    /// <summary>A new set where the rule of <paramref name="id"/> reports at <paramref name="severity"/>.</summary>
    public GovernanceRuleSet WithSeverity(string id, GovernanceSeverity severity)
    {
        var rule = Find(id) ?? throw new ArgumentException($"The rule set has no rule '{id}'.", nameof(id));
        return With(new SeverityOverride(rule is SeverityOverride overridden ? overridden.Inner : rule, severity));
    }

    /// <summary>
    /// Reads a deployment's rule file (docs/governance.md) over <paramref name="basis"/> (the built-in rules when
    /// null); throws <see cref="GovernanceRuleFileException"/> with every problem, each with its line and column.
    /// </summary>
    public static GovernanceRuleSet Load(string path, GovernanceRuleSet? basis = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new GovernanceRuleFileException(
                [new DocumentDiagnostic(path, new SourcePosition(1, 1), "", "governance.file", $"the rule file cannot be read: {error.Message}")]);
        }

        return Parse(path, text, basis);
    }

    /// <summary>Reads rule file text, <paramref name="file"/> naming it in diagnostics; see <see cref="Load"/>.</summary>
    public static GovernanceRuleSet Parse(string file, string text, GovernanceRuleSet? basis = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        return GovernanceRuleFileReader.Read(file, text, basis ?? Default);
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

    /// <summary>Whether any finding is an error, which rejects a publish (warnings are reported only).</summary>
    public static bool HasErrors(IReadOnlyList<GovernanceFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var finding in findings)
        {
            if (finding.Severity == GovernanceSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }
}
