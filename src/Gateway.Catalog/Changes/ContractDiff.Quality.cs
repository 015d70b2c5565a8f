using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Catalog.Documents.Contracts;

namespace Gateway.Catalog.Changes;

/// <summary>ODCS v3.1 <c>quality[]</c> rules of objects and properties, matched by id, else name, else what they measure.</summary>
internal static partial class ContractDiff
{
    private static void CompareQuality(string parent, IReadOnlyList<QualityRule> published, IReadOnlyList<QualityRule> candidate, List<ProductChange> changes)
    {
        if (published.Count == 0 && candidate.Count == 0)
        {
            return;
        }

        var oldRules = Keyed(published);
        var newRules = Keyed(candidate);
        foreach (var (key, oldRule) in oldRules)
        {
            var location = $"{parent}.quality[{key}]";
            if (!newRules.TryGetValue(key, out var newRule))
            {
                Add(changes, "QUALITY_RULE_REMOVED", location, $"Quality rule '{key}' ({Describe(oldRule)}) was removed.");
            }
            else if (!SameQuality(oldRule, newRule))
            {
                var code = IsLooserThreshold(oldRule, newRule) ? "QUALITY_RULE_WEAKENED" : "QUALITY_RULE_CHANGED";
                Add(changes, code, location, $"Quality rule '{key}' changed from {Describe(oldRule)} to {Describe(newRule)}.");
            }
        }

        foreach (var (key, newRule) in newRules)
        {
            if (!oldRules.ContainsKey(key))
            {
                Add(changes, "QUALITY_RULE_ADDED", $"{parent}.quality[{key}]", $"Quality rule '{key}' ({Describe(newRule)}) was added.");
            }
        }
    }

    /// <summary>The rules by key, in document order; a key seen before gets its occurrence number (<c>library:nullValues#2</c>).</summary>
    private static OrderedDictionary<string, QualityRule> Keyed(IReadOnlyList<QualityRule> rules)
    {
        var keyed = new OrderedDictionary<string, QualityRule>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var key = QualityKey(rule);
            for (var occurrence = 2; keyed.ContainsKey(key); occurrence++)
            {
                key = $"{QualityKey(rule)}#{occurrence.ToString(CultureInfo.InvariantCulture)}";
            }

            keyed.Add(key, rule);
        }

        return keyed;
    }

    /// <summary>The rule's identity: its id, else its name, else its type and what it measures (metric, query or engine).</summary>
    private static string QualityKey(QualityRule rule) =>
        rule.Id ?? rule.Name ?? $"{rule.Type}:{rule.Metric ?? rule.Engine ?? rule.Query ?? rule.Dimension ?? "rule"}";

    private static string Describe(QualityRule rule)
    {
        var measure = rule.Metric ?? rule.Query ?? rule.Engine ?? rule.Type;
        return rule.Operator is null ? measure : $"{measure} {rule.Operator} {rule.Threshold?.ToJsonString()}";
    }

    private static bool SameQuality(QualityRule left, QualityRule right) =>
        string.Equals(left.Type, right.Type, StringComparison.Ordinal)
        && string.Equals(left.Dimension, right.Dimension, StringComparison.Ordinal)
        && string.Equals(left.Metric, right.Metric, StringComparison.Ordinal)
        && string.Equals(left.Query, right.Query, StringComparison.Ordinal)
        && string.Equals(left.Engine, right.Engine, StringComparison.Ordinal)
        && string.Equals(left.Operator, right.Operator, StringComparison.Ordinal)
        && string.Equals(left.Unit, right.Unit, StringComparison.Ordinal)
        && string.Equals(left.Severity, right.Severity, StringComparison.Ordinal)
        && JsonNode.DeepEquals(left.Threshold, right.Threshold);

    /// <summary>
    /// The same measure and comparison with a threshold that lets more through: a lower bound lowered, an upper
    /// bound raised, a <c>mustBeBetween</c> range widened or a <c>mustNotBeBetween</c> range narrowed.
    /// </summary>
    private static bool IsLooserThreshold(QualityRule published, QualityRule candidate)
    {
        if (!string.Equals(published.Operator, candidate.Operator, StringComparison.Ordinal)
            || !string.Equals(published.Metric, candidate.Metric, StringComparison.Ordinal)
            || !string.Equals(published.Query, candidate.Query, StringComparison.Ordinal)
            || !string.Equals(published.Unit, candidate.Unit, StringComparison.Ordinal))
        {
            return false;
        }

        switch (published.Operator)
        {
            case "mustBeGreaterThan" or "mustBeGreaterOrEqualTo":
                return Number(published.Threshold) is { } oldLow && Number(candidate.Threshold) is { } newLow && newLow < oldLow;
            case "mustBeLessThan" or "mustBeLessOrEqualTo":
                return Number(published.Threshold) is { } oldHigh && Number(candidate.Threshold) is { } newHigh && newHigh > oldHigh;
            case "mustBeBetween" or "mustNotBeBetween":
                if (Range(published.Threshold) is not { } oldRange || Range(candidate.Threshold) is not { } newRange)
                {
                    return false;
                }

                var widened = newRange.Low < oldRange.Low || newRange.High > oldRange.High;
                var narrowed = newRange.Low > oldRange.Low || newRange.High < oldRange.High;
                return published.Operator == "mustBeBetween" ? widened : narrowed;
            default:
                return false;
        }
    }

    /// <summary>A JSON number, or a string that holds one (YAML reads <c>99.9%</c> and <c>"5"</c> as text); a trailing % is dropped.</summary>
    private static double? Number(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        var text = value.GetValueKind() switch
        {
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.String => value.GetValue<string>().Trim().TrimEnd('%'),
            _ => null,
        };
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private static (double Low, double High)? Range(JsonNode? node) =>
        node is JsonArray { Count: 2 } pair && Number(pair[0]) is { } low && Number(pair[1]) is { } high ? (low, high) : null;
}
