using Gateway.Catalog.Documents.Contracts;

namespace Gateway.Catalog.Governance.Declarative;

/// <summary>
/// A rule a deployment writes in its rule file (docs/governance.md): on each element of its target for which
/// every <c>when</c> condition holds, each <c>require</c>d field must have a value, no <c>forbid</c>den value may
/// appear, and every value of a <c>match</c>ed field must match its pattern.
/// </summary>
internal sealed class DeclarativeRule(
    string id,
    string description,
    GovernanceSeverity severity,
    RuleTarget target,
    IReadOnlyList<FieldCondition> when,
    IReadOnlyList<string> require,
    IReadOnlyList<FieldCondition> forbid,
    IReadOnlyList<FieldCondition> match) : GovernanceRule(id, description, severity)
{
    public override void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings)
    {
        switch (target)
        {
            case RuleTarget.Product:
                CheckElement(subject.Descriptor, "product", findings);
                break;
            case RuleTarget.Contract when subject.Contract is null:
                if (require.Count > 0)
                {
                    Report(findings, "contract", $"No data contract, so no {string.Join(", ", require)}: {Description}");
                }

                break;
            case RuleTarget.Contract:
                CheckElement(subject.Contract, "contract", findings);
                break;
            case RuleTarget.Object:
                foreach (var schemaObject in subject.Contract?.Schema ?? [])
                {
                    CheckElement(schemaObject, ContractLocations.Of(schemaObject), findings);
                }

                break;
            case RuleTarget.Property:
                if (subject.Contract is not null)
                {
                    foreach (var (location, property) in ContractLocations.Properties(subject.Contract))
                    {
                        CheckElement(property, location, findings);
                    }
                }

                break;
        }
    }

    private void CheckElement(object element, string location, ICollection<GovernanceFinding> findings)
    {
        foreach (var condition in when)
        {
            if (!condition.AnyEqual(RuleFields.Read(target, condition.Field, element)))
            {
                return;
            }
        }

        var subject = Name(element, location);
        foreach (var field in require)
        {
            var values = RuleFields.Read(target, field, element);
            if (values.Count == 0 || (values.Count == 1 && values[0] == "false"))
            {
                Report(findings, location, $"{subject} has no {field}: {Description}");
            }
        }

        foreach (var condition in forbid)
        {
            if (condition.AnyEqual(RuleFields.Read(target, condition.Field, element)))
            {
                Report(findings, location, $"{subject} has {condition.Field} {string.Join(" or ", condition.Values)}, which is forbidden: {Description}");
            }
        }

        foreach (var condition in match)
        {
            if (condition.FirstMismatch(RuleFields.Read(target, condition.Field, element)) is { } value)
            {
                Report(findings, location, $"{subject}: {condition.Field} '{value}' does not match {condition.Pattern}: {Description}");
            }
        }
    }

    private static string Name(object element, string location) => element switch
    {
        SchemaProperty property => $"'{property.Name}'",
        SchemaObject schemaObject => $"'{schemaObject.Name}'",
        _ => $"The {location}",
    };
}
