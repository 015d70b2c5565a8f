namespace Gateway.Catalog.Governance;

/// <summary>
/// A rule's finding about a product: the rule's id, its severity, where (a descriptor or contract path such
/// as <c>schema[users].properties[email]</c>) and a message that says how to fix it.
/// </summary>
public sealed record GovernanceFinding(string RuleId, GovernanceSeverity Severity, string Location, string Message)
{
    public override string ToString() =>
        $"{(Severity == GovernanceSeverity.Error ? "error" : "warning")} {RuleId} at {Location}: {Message}";
}
