namespace Gateway.Catalog.Governance;

/// <summary>Whether a finding stops a publish (Error) or is reported only (Warning).</summary>
public enum GovernanceSeverity
{
    Error,
    Warning,
}
