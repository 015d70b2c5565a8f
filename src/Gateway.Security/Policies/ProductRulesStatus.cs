namespace Gateway.Security.Policies;

/// <summary>Whether a product's field rules in force come from its current contract.</summary>
public enum ProductRulesStatus
{
    /// <summary>The current version's contract reads; its rules are in force.</summary>
    Current,

    /// <summary>
    /// The current version's contract no longer reads; the rules of the last contract of the product that did (an
    /// earlier load, or an older version) stay in force, so its fields stay protected.
    /// </summary>
    Stale,

    /// <summary>No contract of the product reads: none of its rules are in force.</summary>
    Missing,
}
