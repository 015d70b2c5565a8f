using System.Text.RegularExpressions;
using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Nodes;
using Gateway.Catalog.Governance.Declarative;

namespace Gateway.Catalog.Governance;

/// <summary>
/// Reads a deployment's governance rule file (YAML or JSON; the format is in docs/governance.md) over a basis rule
/// set: <c>builtIn</c> turns rules off or changes their severity, <c>rules</c> adds declarative rules. Every problem
/// is reported at once, each with its line and column.
/// </summary>
internal sealed class GovernanceRuleFileReader
{
    public const int Version = 1;

    private static readonly string[] s_rootKeys = ["version", "builtIn", "rules"];
    private static readonly string[] s_ruleKeys = ["id", "description", "severity", "target", "when", "require", "forbid", "match"];
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromMilliseconds(100);

    private readonly string _file;
    private readonly List<DocumentDiagnostic> _diagnostics = [];

    private GovernanceRuleFileReader(string file)
    {
        _file = file;
    }

    public static GovernanceRuleSet Read(string file, string text, GovernanceRuleSet basis)
    {
        var tree = DocumentTreeReader.Read(file, text);
        if (tree.Root is null)
        {
            throw new GovernanceRuleFileException([tree.Error!]);
        }

        var reader = new GovernanceRuleFileReader(file);
        var rules = reader.ReadRoot(tree.Root, basis);
        if (reader._diagnostics.Count > 0)
        {
            throw new GovernanceRuleFileException(reader._diagnostics);
        }

        return rules;
    }

    private GovernanceRuleSet ReadRoot(DocumentNode root, GovernanceRuleSet basis)
    {
        if (root is not MappingNode mapping)
        {
            Report(root, "", "type", $"the rule file must be a mapping with version, builtIn and rules, not {root.Describe()}");
            return basis;
        }

        CheckKeys(mapping, "", s_rootKeys);
        var version = mapping["version"];
        if (version is null)
        {
            Report(mapping, "", "required", $"the rule file must say which format it is written in: version: {Version}");
        }
        else if (version is not ScalarNode { Kind: ScalarKind.Integer, Text: "1" })
        {
            Report(version, "version", "version", $"this gateway reads rule files of version {Version}");
        }

        var rules = basis;
        if (mapping["builtIn"] is { } builtIn)
        {
            rules = ReadBuiltIn(builtIn, basis, rules);
        }

        if (mapping["rules"] is { } declared)
        {
            rules = ReadRules(declared, rules);
        }

        return rules;
    }

    private GovernanceRuleSet ReadBuiltIn(DocumentNode node, GovernanceRuleSet basis, GovernanceRuleSet rules)
    {
        if (node is not MappingNode mapping)
        {
            Report(node, "builtIn", "type", $"builtIn must map rule ids to error, warning or off, not {node.Describe()}");
            return rules;
        }

        foreach (var entry in mapping.Entries)
        {
            var path = $"builtIn.{entry.Key}";
            if (basis.Find(entry.Key) is null)
            {
                Report(entry.KeyPosition, path, "unknown-rule", $"no rule has the id '{entry.Key}'; the rules are {Ids(basis)}");
                continue;
            }

            switch ((entry.Value as ScalarNode)?.Text)
            {
                case "off":
                    rules = rules.Without(entry.Key);
                    break;
                case "error":
                    rules = rules.WithSeverity(entry.Key, GovernanceSeverity.Error);
                    break;
                case "warning":
                    rules = rules.WithSeverity(entry.Key, GovernanceSeverity.Warning);
                    break;
                default:
                    Report(entry.Value, path, "severity", "must be error, warning or off");
                    break;
            }
        }

        return rules;
    }

    private GovernanceRuleSet ReadRules(DocumentNode node, GovernanceRuleSet rules)
    {
        if (node is not SequenceNode sequence)
        {
            Report(node, "rules", "type", $"rules must be a list of rules, not {node.Describe()}");
            return rules;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (ReadRule(sequence.Items[i], $"rules[{i}]", rules) is { } rule)
            {
                rules = rules.With(rule);
            }
        }

        return rules;
    }

    private DeclarativeRule? ReadRule(DocumentNode node, string path, GovernanceRuleSet rules)
    {
        if (node is not MappingNode mapping)
        {
            Report(node, path, "type", $"a rule must be a mapping with id, description, target and its checks, not {node.Describe()}");
            return null;
        }

        var errors = _diagnostics.Count;
        CheckKeys(mapping, path, s_ruleKeys);
        var id = RequiredText(mapping, path, "id", "a stable id in lower-case words joined by hyphens, e.g. tags-required");
        if (id is not null && !Regex.IsMatch(id, "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant))
        {
            Report(mapping["id"]!, $"{path}.id", "id", $"'{id}' is not an id of lower-case words joined by hyphens, e.g. tags-required");
        }
        else if (id is not null && rules.Find(id) is not null)
        {
            Report(mapping["id"]!, $"{path}.id", "duplicate-id", $"a rule with the id '{id}' already exists; give this one another id");
        }

        var description = RequiredText(mapping, path, "description", "a sentence that says what the rule asks and why; findings quote it");
        var severity = GovernanceSeverity.Error;
        if (mapping["severity"] is { } severityNode)
        {
            switch ((severityNode as ScalarNode)?.Text)
            {
                case "error":
                    break;
                case "warning":
                    severity = GovernanceSeverity.Warning;
                    break;
                default:
                    Report(severityNode, $"{path}.severity", "severity", "must be error or warning");
                    break;
            }
        }

        RuleTarget? target = null;
        var targetText = RequiredText(mapping, path, "target", "what the rule checks: product, contract, object or property");
        if (targetText is not null)
        {
            target = targetText switch
            {
                "product" => RuleTarget.Product,
                "contract" => RuleTarget.Contract,
                "object" => RuleTarget.Object,
                "property" => RuleTarget.Property,
                _ => null,
            };
            if (target is null)
            {
                Report(mapping["target"]!, $"{path}.target", "target", "must be product, contract, object or property");
            }
        }

        var when = ReadConditions(mapping["when"], $"{path}.when", target, patterns: false);
        var require = ReadRequire(mapping["require"], $"{path}.require", target);
        var forbid = ReadConditions(mapping["forbid"], $"{path}.forbid", target, patterns: false);
        var match = ReadConditions(mapping["match"], $"{path}.match", target, patterns: true);
        if (mapping["require"] is null && mapping["forbid"] is null && mapping["match"] is null)
        {
            Report(mapping, path, "check", "a rule needs a check: require, forbid or match (or several)");
        }

        return _diagnostics.Count > errors ? null : new DeclarativeRule(id!, description!, severity, target!.Value, when, require, forbid, match);
    }

    private List<FieldCondition> ReadConditions(DocumentNode? node, string path, RuleTarget? target, bool patterns)
    {
        var conditions = new List<FieldCondition>();
        if (node is null)
        {
            return conditions;
        }

        if (node is not MappingNode mapping)
        {
            Report(node, path, "type", patterns
                ? $"match must map field names to patterns, not {node.Describe()}"
                : $"must map field names to a value or a list of values, not {node.Describe()}");
            return conditions;
        }

        foreach (var entry in mapping.Entries)
        {
            var fieldPath = $"{path}.{entry.Key}";
            CheckField(target, entry.Key, entry.KeyPosition, fieldPath);
            if (patterns)
            {
                if (entry.Value is not ScalarNode { Kind: ScalarKind.String } text)
                {
                    Report(entry.Value, fieldPath, "type", "a pattern must be a string (a .NET regular expression; anchor it with ^ and $)");
                    continue;
                }

                try
                {
                    conditions.Add(new FieldCondition(entry.Key, [], new Regex(text.Text, RegexOptions.CultureInvariant, s_matchTimeout)));
                }
                catch (ArgumentException error)
                {
                    Report(entry.Value, fieldPath, "regex", $"'{text.Text}' is not a regular expression: {error.Message}");
                }
            }
            else if (ScalarTexts(entry.Value, fieldPath) is { } values)
            {
                conditions.Add(new FieldCondition(entry.Key, values, null));
            }
        }

        return conditions;
    }

    private List<string> ReadRequire(DocumentNode? node, string path, RuleTarget? target)
    {
        var fields = new List<string>();
        if (node is null)
        {
            return fields;
        }

        foreach (var (field, at) in ScalarNodes(node, path) ?? [])
        {
            CheckField(target, field, at.Position, path);
            fields.Add(field);
        }

        return fields;
    }

    private List<string>? ScalarTexts(DocumentNode node, string path)
    {
        if (ScalarNodes(node, path) is not { } nodes)
        {
            return null;
        }

        var texts = new List<string>(nodes.Count);
        foreach (var (text, _) in nodes)
        {
            texts.Add(text);
        }

        return texts;
    }

    /// <summary>A scalar or a list of scalars (not null, not nested), with each one's node.</summary>
    private List<(string Text, DocumentNode Node)>? ScalarNodes(DocumentNode node, string path)
    {
        var items = node is SequenceNode sequence ? sequence.Items : [node];
        var result = new List<(string, DocumentNode)>(items.Count);
        foreach (var item in items)
        {
            if (item is not ScalarNode scalar || scalar.Kind == ScalarKind.Null)
            {
                Report(item, path, "type", $"must be a value or a list of values, not {item.Describe()}");
                return null;
            }

            result.Add((scalar.Text, scalar));
        }

        if (result.Count == 0)
        {
            Report(node, path, "type", "the list is empty");
            return null;
        }

        return result;
    }

    private void CheckField(RuleTarget? target, string field, SourcePosition at, string path)
    {
        if (target is { } known && !RuleFields.Exists(known, field))
        {
            Report(at, path, "field",
                $"{(known == RuleTarget.Object ? "an" : "a")} {known.ToString().ToLowerInvariant()} has no field '{field}'; its fields are {string.Join(", ", RuleFields.Names(known))}");
        }
    }

    private string? RequiredText(MappingNode mapping, string path, string key, string what)
    {
        var node = mapping[key];
        if (node is null)
        {
            Report(mapping, path, "required", $"a rule needs {key}: {what}");
            return null;
        }

        if (node is not ScalarNode { Kind: ScalarKind.String } text || string.IsNullOrWhiteSpace(text.Text))
        {
            Report(node, $"{path}.{key}", "type", $"{key} must be text: {what}");
            return null;
        }

        return text.Text;
    }

    private void CheckKeys(MappingNode mapping, string path, string[] allowed)
    {
        foreach (var entry in mapping.Entries)
        {
            if (Array.IndexOf(allowed, entry.Key) < 0)
            {
                var at = path.Length == 0 ? entry.Key : $"{path}.{entry.Key}";
                Report(entry.KeyPosition, at, "unknown-key", $"'{entry.Key}' is not a key here; the keys are {string.Join(", ", allowed)}");
            }
        }
    }

    private static string Ids(GovernanceRuleSet rules)
    {
        var ids = new List<string>(rules.Rules.Count);
        foreach (var rule in rules.Rules)
        {
            ids.Add(rule.Id);
        }

        return string.Join(", ", ids);
    }

    private void Report(DocumentNode node, string path, string rule, string message) => Report(node.Position, path, rule, message);

    private void Report(SourcePosition at, string path, string rule, string message) =>
        _diagnostics.Add(new DocumentDiagnostic(_file, at, path, $"governance.{rule}", message));
}
