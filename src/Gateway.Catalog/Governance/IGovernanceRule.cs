namespace Gateway.Catalog.Governance;

/// <summary>
/// A governance rule as code: a stable id (what a deployment's rule file names it by), a description, and a
/// check that adds a finding for every place the subject breaks it.
/// </summary>
public interface IGovernanceRule
{
    string Id { get; }

    string Description { get; }

    void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings);
}
